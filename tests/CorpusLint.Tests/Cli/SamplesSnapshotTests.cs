using CorpusLint.Cli;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Cli;

/// <summary>
/// `corpuslint lint samples` from the repository root, as the README's first command runs it. The verified
/// output changes whenever a rule lands or changes: read the received file, then accept it.
/// </summary>
public class SamplesSnapshotTests
{
    // Without the cache: what a developer's earlier runs left in samples/.corpuslint (a cache of another format warns) is not the rules' output.
    [Fact]
    public void Lint_samples_text_output()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var root = RepositoryRoot.Find();

        var code = CorpusLintCli.Run(["lint", "samples", "--no-progress", "--no-cache"], new CliConsole(output, error, () => Stream.Null, root));

        Assert.True(code is ExitCodes.Clean or ExitCodes.Problems, $"exit {code}\n{error}");
        var stderr = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(stderr is [var only] && only.StartsWith("corpuslint: 20 document(s)", StringComparison.Ordinal), $"samples/.editorconfig or an article has a problem:\n{error}");
        Approvals.Verify(output.ToString(), "samples");
    }
}
