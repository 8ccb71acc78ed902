using System.Globalization;
using CorpusLint.Quality;
using CorpusLint.Tests.Cli;
using CorpusLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CorpusLint.Tests.Fixing;

/// <summary>
/// Issue 11's figures for <c>--fix</c> on real text (<c>../shared/corpus</c>, copied to a temporary folder and fixed
/// there, never in place): the seeds lose no line and no word, and the unsafe fixes clear the boilerplate of the
/// scraped pages while keeping the articles. Skipped when the corpus is absent.
/// </summary>
public sealed class FixCorpusTests(ITestOutputHelper output) : IDisposable
{
    private const double BoilerplateRemovedTarget = 0.80;
    private const double ArticleKeptTarget = 0.98;

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [SkippableFact]
    public void Fix_on_the_seeds_changes_files_loses_no_line_or_word_and_settles()
    {
        var seeds = SharedFolder.Locate("corpus", "seeds");
        Skip.If(seeds is null, "../shared/corpus/seeds not found");
        SharedFolder.CopyFiles(seeds!, _cli.Folder.PathOf("seeds"), "*.txt");
        var before = Snapshot("seeds");

        var first = _cli.Run("lint", "seeds", "--fix");
        var after = Snapshot("seeds");
        var second = _cli.Run("lint", "seeds", "--fix");

        var changed = before.Keys.Where(f => before[f] != after[f]).ToList();
        var lostWords = before.Keys.SelectMany(f => TextInventory.LostWords(before[f], after[f]).Select(w => $"{f}: {w}")).ToList();
        var lostLines = before.Keys.Where(f => TextInventory.NonBlankLines(after[f]) < TextInventory.NonBlankLines(before[f])).ToList();
        output.WriteLine($"seeds: {changed.Count} of {before.Count} files changed; {lostWords.Count} words and {lostLines.Count} files with fewer lines; {first.Error.Trim()}");

        Assert.True(changed.Count >= 3, $"only {changed.Count} files changed\n{first}");
        Assert.Empty(lostWords);
        Assert.Empty(lostLines);
        Assert.Contains("corpuslint: fixed 0 problem(s) in 0 file(s)", second.Error, StringComparison.Ordinal);
        Assert.Equal(after, Snapshot("seeds"));
    }

    [SkippableFact]
    public void Unsafe_fixes_remove_the_boilerplate_of_scraped_pages_and_keep_the_articles()
    {
        var folder = SharedFolder.Locate("corpus", "boilerplate", "scrapinghub");
        Skip.If(folder is null, "../shared/corpus/boilerplate/scrapinghub not found");
        var names = LabelsFile.NamesInLanguage(File.ReadAllText(Path.Combine(folder!, "index.tsv")), "en");
        Directory.CreateDirectory(_cli.Folder.PathOf("pages"));
        foreach (var name in names)
        {
            File.Copy(Path.Combine(folder!, $"{name}.raw.txt"), _cli.Folder.PathOf($"pages/{name}.txt"));
        }

        var before = Snapshot("pages");
        var reportBefore = _cli.Run("lint", "pages", "--format", "json", "--no-cache");
        var (unattributedBefore, undatedBefore) = (DocumentsWith("CL1001", reportBefore), DocumentsWith("CL3001", reportBefore));
        var result = _cli.Run("lint", "pages", "--fix", "--unsafe-fixes");
        var after = Snapshot("pages");
        var reportAfter = _cli.Run("lint", "pages", "--format", "json", "--no-cache");
        var (unattributedAfter, undatedAfter) = (DocumentsWith("CL1001", reportAfter), DocumentsWith("CL3001", reportAfter));

        int boilerplate = 0, boilerplateRemoved = 0, article = 0, articleKept = 0;
        foreach (var name in names)
        {
            var kept = TextInventory.KeptLines(before[$"{name}.txt"], after[$"{name}.txt"]);
            foreach (var line in LabelsFile.Parse(File.ReadAllText(Path.Combine(folder!, $"{name}.labels.tsv"))).Where(l => l.Text.Trim().Length > 0))
            {
                if (line.Label == 'B')
                {
                    boilerplate++;
                    boilerplateRemoved += kept.Contains(line.Line) ? 0 : 1;
                }
                else if (line.Label == 'C')
                {
                    article++;
                    articleKept += kept.Contains(line.Line) ? 1 : 0;
                }
            }
        }

        var removedShare = (double)boilerplateRemoved / boilerplate;
        var keptShare = (double)articleKept / article;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"scrapinghub ({names.Count} English pages): removed {boilerplateRemoved}/{boilerplate} boilerplate lines ({removedShare:P1}), kept {articleKept}/{article} article lines ({keptShare:P1}); unattributed {unattributedBefore.Count} before, {unattributedAfter.Count} after; undated {undatedBefore.Count} before, {undatedAfter.Count} after; {result.Error.Trim()}"));

        // A byline or dateline among the chrome stays, and reads as the header's once the chrome around it is gone:
        // the fix leaves no article unattributed or undated that was attributed or dated.
        Assert.Empty(unattributedAfter.Except(unattributedBefore));
        Assert.Empty(undatedAfter.Except(undatedBefore));
        Assert.True(removedShare >= BoilerplateRemovedTarget, $"removed {removedShare:P1} of the boilerplate lines (target {BoilerplateRemovedTarget:P0})");
        Assert.True(keptShare >= ArticleKeptTarget, $"kept {keptShare:P1} of the article lines (target {ArticleKeptTarget:P0})");
    }

    /// <summary>The documents a JSON report holds a diagnostic of <paramref name="id"/> for.</summary>
    private static HashSet<string> DocumentsWith(string id, CliResult report)
    {
        using var json = System.Text.Json.JsonDocument.Parse(report.Output);
        return [.. json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == id)
            .Select(d => d.GetProperty("path").GetString()!)];
    }

    private Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(_cli.Folder.PathOf(folder)).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
}
