using CorpusLint.Cli;

namespace CorpusLint.Tests.Cli;

public sealed class TimingsOptionTests : IDisposable
{
    private readonly CliRunner _cli = new() { StampSettleTime = TimeSpan.Zero };

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Timings_go_to_standard_error_after_the_summary_and_leave_the_report_as_it_was()
    {
        WriteArticles();
        var plain = _cli.Run("lint", "--no-cache", "-f", "json", "--reproducible");

        var timed = _cli.Run("lint", "--timings", "--no-cache", "-f", "json", "--reproducible", ".");

        Assert.Equal(plain.ExitCode, timed.ExitCode);
        Assert.Equal(plain.Output, timed.Output);
        var lines = timed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var summary = Array.FindIndex(lines, l => l.StartsWith("corpuslint: 3 document(s)", StringComparison.Ordinal));
        var header = Array.FindIndex(lines, l => l.StartsWith("corpuslint: timings, summed over the", StringComparison.Ordinal));
        Assert.True(summary >= 0 && header > summary, timed.Error);
        Assert.Contains(lines, l => l.StartsWith("layout ", StringComparison.Ordinal) && l.Contains(" model ", StringComparison.Ordinal) && l.EndsWith(" 3", StringComparison.Ordinal));
        var rows = lines.Skip(header + 1).Where(l => l.Contains(" rule ", StringComparison.Ordinal) || l.Contains(" model ", StringComparison.Ordinal) || l.Contains(" step ", StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, l => l.StartsWith("CL1001 MissingAttribution ", StringComparison.Ordinal) && l.Contains(" rule ", StringComparison.Ordinal));
        Assert.Contains(rows, l => l.StartsWith("read files ", StringComparison.Ordinal) && l.Contains(" step ", StringComparison.Ordinal));
        var enabledRules = CorpusLint.Rules.BuiltInRules.All.Count(r => r.DefaultSeverity != CorpusLint.Rules.Severity.None);
        Assert.Equal(enabledRules, rows.Count(l => l.Contains(" rule ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_run_served_whole_by_the_cache_says_it_linted_nothing()
    {
        WriteArticles();
        _cli.Run("lint");

        var warm = _cli.Run("lint", "--timings");

        Assert.Contains("3 from cache", warm.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" rule ", warm.Error, StringComparison.Ordinal);
        Assert.Contains("corpuslint: timings: no document was linted (every result came from the cache)", warm.Error, StringComparison.Ordinal);
    }

    private void WriteArticles()
    {
        for (var i = 0; i < 3; i++)
        {
            _cli.Folder.Write($"a{i}.txt", $"Council meets on Tuesday\n\nBy Ana Ruiz\n\n\"We will vote,\" the mayor said. The council met.\n");
        }
    }
}
