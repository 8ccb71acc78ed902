using CorpusLint.Cli;
using CorpusLint.Cli.Commands;

namespace CorpusLint.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Init_writes_a_starter_project_and_editorconfig_that_lint_cleanly()
    {
        var result = _cli.Run("init");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("Wrote corpuslint.json and .editorconfig. Run 'corpuslint lint' to lint the corpus.\n", result.Output);
        Assert.Contains("// C# rules: every *.cs file in this folder is compiled and RUN", File.ReadAllText(_cli.Folder.PathOf("corpuslint.json")), StringComparison.Ordinal);
        Assert.Contains(InitCommand.SchemaUri, File.ReadAllText(_cli.Folder.PathOf("corpuslint.json")), StringComparison.Ordinal);
        Assert.StartsWith("# CorpusLint reads .editorconfig", File.ReadAllText(_cli.Folder.PathOf(".editorconfig")), StringComparison.Ordinal);

        _cli.Folder.Write("a.txt", "By Ana Ruiz\n\nPORTO, Monday, May 6, 2024 — The council met on Monday.\n");
        var lint = _cli.Run("lint", "--no-progress");
        Assert.Equal(ExitCodes.Clean, lint.ExitCode);
        Assert.Single(lint.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the summary, no configuration warning
    }

    [Fact]
    public void Init_refuses_to_overwrite_a_project_file()
    {
        _cli.Folder.Write("corpuslint.json", "{ \"exclude\": [\"mine/**\"] }");

        var result = _cli.Run("init");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal("error: corpuslint.json already exists here; it was left as it is (remove it first to start again)\n", result.Error);
        Assert.Equal("{ \"exclude\": [\"mine/**\"] }", File.ReadAllText(_cli.Folder.PathOf("corpuslint.json")));
        Assert.False(File.Exists(_cli.Folder.PathOf(".editorconfig")));
    }

    [Fact]
    public void Init_keeps_an_existing_editorconfig()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n[*.cs]\nindent_size = 4\n");

        var result = _cli.Run("init");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains(".editorconfig already exists; left as it is", result.Output, StringComparison.Ordinal);
        Assert.Equal("root = true\n[*.cs]\nindent_size = 4\n", File.ReadAllText(_cli.Folder.PathOf(".editorconfig")));
        Assert.True(File.Exists(_cli.Folder.PathOf("corpuslint.json")));
    }
}
