using CorpusLint.Cli;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Cli;

/// <summary>The result of one in-process <c>corpuslint</c> run.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
}

/// <summary>Runs <see cref="CorpusLintCli.Run"/> in a temp folder, as a user would in a shell.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner() => Folder = new TempFolder();

    public TempFolder Folder { get; }

    /// <summary>The runs' stamp settle time (see <see cref="CliConsole.StampSettleTime"/>); zero lets a run trust files a test has just written.</summary>
    public TimeSpan StampSettleTime { get; init; } = CorpusLint.Caching.ResultCache.DefaultStampSettleTime;

    /// <summary>
    /// Limits a run to CL5004 (as warning) and CL5005 (as suggestion) with a root .editorconfig, so tests keep
    /// their meaning while other rules are added.
    /// </summary>
    public CliRunner WithOnlyHygieneBasics(string extra = "")
    {
        Folder.Write(".editorconfig", $"""
            root = true
            [*]
            dotnet_analyzer_diagnostic.severity = none
            dotnet_diagnostic.CL5004.severity = warning
            dotnet_diagnostic.CL5005.severity = suggestion
            {extra}
            """);
        return this;
    }

    public CliResult Run(params string[] args) => RunWithInput([], args);

    public CliResult RunWithInput(byte[] stdin, params string[] args) => RunIn(Folder.FullPath, stdin, args);

    /// <summary>Runs the CLI with <paramref name="folder"/> (relative to <see cref="Folder"/>) as its working directory.</summary>
    public CliResult RunFrom(string folder, params string[] args) => RunIn(Folder.PathOf(folder), [], args);

    private CliResult RunIn(string workingDirectory, byte[] stdin, string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = CorpusLintCli.Run(args, new CliConsole(output, error, () => new MemoryStream(stdin), workingDirectory) { StampSettleTime = StampSettleTime });
        var result = new CliResult(code, output.ToString(), error.ToString());
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal); // never a stack trace
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        return result;
    }

    public void Dispose() => Folder.Dispose();
}
