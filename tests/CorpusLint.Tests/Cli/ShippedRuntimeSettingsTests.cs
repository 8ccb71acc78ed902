using System.Text.Json;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Cli;

/// <summary>
/// The CLI as shipped runs without dynamic code (its runtimeconfig): .editorconfig section globs, which Roslyn would
/// compile to IL, are matched by the regex interpreter, with the same result. Run in a real process, with that runtimeconfig.
/// </summary>
public sealed class ShippedRuntimeSettingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_shipped_runtime_config_turns_dynamic_code_off()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpuslint.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported").GetBoolean());
    }

    [Fact]
    public void Editorconfig_sections_apply_by_glob_without_dynamic_code()
    {
        _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\n[*.md]\ndotnet_diagnostic.CL5005.severity = error\n[{notes,drafts}/**/*.txt]\ndotnet_diagnostic.CL5004.severity = warning\n");
        _folder.Write("a.md", "No final newline");
        _folder.Write("a.txt", "No final newline   \nand trailing spaces above");
        _folder.Write("notes/deep/b.txt", "Trailing spaces   \nhere\n");

        var (exitCode, output) = Run("lint", ".", "--format", "github", "--no-cache", "--no-progress");

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("::error file=a.md,line=1", StringComparison.Ordinal) && l.Contains("CL5005", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::warning file=notes/deep/b.txt,line=1", StringComparison.Ordinal) && l.Contains("CL5004", StringComparison.Ordinal));
    }

    private (int ExitCode, string Output) Run(params string[] args)
    {
        using var process = CliProcess.Start(_folder.FullPath, args);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the run did not stop");
        return (process.ExitCode, output + error.Result);
    }
}
