using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CorpusLint.Datasets;
using CorpusLint.Engine;
using CorpusLint.Rules;
using Parquet;
using Parquet.Serialization;

namespace CorpusLint.Quality;

/// <summary>
/// Datasets against files (issue 13): the articles of <c>clean/</c> turned into one JSON Lines file and one Parquet file
/// (text, title, and the publication date and author where <c>clean_index.tsv</c> has them; written to a temporary
/// folder, never kept) give the diagnostics of the folder of files, record for record, except where the record's fields
/// answer what the text lacks: CL3001 (a date field), CL1001 (an authors field), CL3006 (relative dates now anchored by
/// the date field), a boilerplate block that no longer takes in the headline the title field names, and CL5005, which
/// a record's text never gets (a field's value is not a file).
/// </summary>
public static class DatasetEquivalenceCheck
{
    /// <summary>Rows per Parquet row group: several groups, as a hub's file has.</summary>
    private const int RowGroupRows = 500;

    /// <summary>Unexplained differences shown in the details.</summary>
    private const int ShownDifferences = 10;

    public static QualitySection Run(string corpus, CorpusLinter linter)
    {
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection("Datasets: clean/ as one JSON Lines and one Parquet file against the folder of files (issue 13)");
        var folder = Path.Combine(corpus, "clean");
        var articles = CleanArticles.Read(folder);
        var files = Stopwatch.StartNew();
        var byFile = linter.Lint(articles.Select(a => a.Path));
        files.Stop();

        var temporary = Directory.CreateTempSubdirectory("corpuslint-datasets-");
        try
        {
            var jsonl = Path.Combine(temporary.FullName, "clean.jsonl");
            var parquet = Path.Combine(temporary.FullName, "clean.parquet");
            CleanArticles.WriteJsonl(articles, jsonl);
            CleanArticles.WriteParquet(articles, parquet, RowGroupRows);
            foreach (var (name, path) in new[] { ("JSON Lines", jsonl), ("Parquet", parquet) })
            {
                var run = Stopwatch.StartNew();
                var result = new LintRun(linter.Engine, linter.Jobs).Run([new DocumentInput(path, path)]);
                run.Stop();
                Compare(section, name, articles, byFile, result, files.Elapsed, run.Elapsed);
            }
        }
        finally
        {
            temporary.Delete(recursive: true);
        }

        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    private static void Compare(QualitySection section, string name, IReadOnlyList<CleanArticle> articles, LintedSet byFile, LintRunResult records, TimeSpan filesTime, TimeSpan recordsTime)
    {
        var byRecord = records.Diagnostics.GroupBy(d => d.Record?.Id ?? "").ToDictionary(g => g.Key, g => g.ToList());
        var explained = new Dictionary<string, int>(StringComparer.Ordinal);
        var unexplained = new List<string>();
        var same = 0;
        foreach (var article in articles)
        {
            var fromFile = byFile.Of(article.Path).Select(Key).ToList();
            var fromRecord = (byRecord.GetValueOrDefault(article.Id) ?? []).Select(Key).ToList();
            foreach (var key in fromFile.Intersect(fromRecord).ToList())
            {
                fromFile.Remove(key);
                fromRecord.Remove(key);
                same++;
            }

            // The title field tells the layout that line 1 is the headline: a boilerplate block that began on it starts below it now.
            foreach (var key in fromFile.Where(k => article.Title is not null && k.Id.StartsWith("CL20", StringComparison.Ordinal) && k.Line == 1).ToList())
            {
                if (fromRecord.FindIndex(k => k.Id == key.Id && k.Line > 1) is var moved and >= 0)
                {
                    fromFile.Remove(key);
                    fromRecord.RemoveAt(moved);
                    const string reason = "a boilerplate block starts below the headline the title field names";
                    explained[reason] = explained.GetValueOrDefault(reason) + 1;
                }
            }

            foreach (var key in fromFile)
            {
                if (WhyGone(key.Id, article) is { } reason)
                {
                    explained[reason] = explained.GetValueOrDefault(reason) + 1;
                }
                else
                {
                    unexplained.Add($"  {article.Id}: only in the file: {key}");
                }
            }

            // In a text plainly not in English the text's bylines go unread and the file says nothing; an empty authors field still does.
            foreach (var key in fromRecord.Where(k => k.Id == "CL1001" && article.Author is null && IsPlainlyNotEnglish(article)).ToList())
            {
                fromRecord.Remove(key);
                const string reason = "only on the record: CL1001, its authors field is empty (the file's text is not English)";
                explained[reason] = explained.GetValueOrDefault(reason) + 1;
            }

            unexplained.AddRange(fromRecord.Select(key => $"  {article.Id}: only in the record: {key}"));
        }

        var other = records.Diagnostics.Count(d => d.Record?.Id is null);
        unexplained.AddRange(records.Diagnostics.Where(d => d.Record?.Id is null).Select(d => $"  {d.Path}: {d.Id} {d.Message}"));
        section.Add($"{name}: records linted", records.Documents.ToString(CultureInfo.InvariantCulture), $"{articles.Count}", records.Documents == articles.Count && other == 0 ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add($"{name}: diagnostics the same as the file's", same.ToString(CultureInfo.InvariantCulture), "-", FigureStatus.Info);
        foreach (var (reason, count) in explained.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            section.Add($"{name}: {(reason.StartsWith("only", StringComparison.Ordinal) ? reason : "not on the record: " + reason)}", count.ToString(CultureInfo.InvariantCulture), "-", FigureStatus.Info);
        }

        section.Add($"{name}: other differences", unexplained.Count.ToString(CultureInfo.InvariantCulture), "0", unexplained.Count == 0 ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add($"{name}: time, records / files (shared machine)", $"{recordsTime.TotalSeconds:0.0} s / {filesTime.TotalSeconds:0.0} s", "-", FigureStatus.Info);
        section.Details.AddRange(unexplained.Take(ShownDifferences));
    }

    private static bool IsPlainlyNotEnglish(CleanArticle article) =>
        CorpusLint.Model.Document.FromText(article.Path, article.Text).Languages.IsPlainlyNotEnglish;

    /// <summary>Why a file's diagnostic is rightly absent from its record, or null when nothing explains it.</summary>
    private static string? WhyGone(string id, CleanArticle article) => id switch
    {
        "CL3001" when article.Date is not null => "CL3001, the date field dates it",
        "CL1001" when article.Author is not null => "CL1001, the authors field attributes it",
        "CL3006" when article.Date is not null => "CL3006, the date field anchors relative dates",
        "CL5005" => "CL5005, a record's text is not a file",
        _ => null,
    };

    /// <summary>A diagnostic as compared: a record's message may add which field it read ("(the record's authors field is empty)").</summary>
    private static (string Id, int Line, int Column, int EndLine, int EndColumn, string Message) Key(LintDiagnostic d)
    {
        var note = d.Message.IndexOf(" (the record's ", StringComparison.Ordinal);
        return (d.Id, d.Start.Line, d.Start.Column, d.End.Line, d.End.Column, note < 0 ? d.Message : d.Message[..note]);
    }
}

/// <summary>An article of clean/ with what its index says about it.</summary>
public sealed record CleanArticle(string Path, string Id, string Text, string? Title, string? Date, string? Author, string? Url, string? Site);

/// <summary>clean/ and its index, and the two datasets made of them.</summary>
public static class CleanArticles
{
    public static IReadOnlyList<CleanArticle> Read(string folder)
    {
        var index = File.ReadLines(Path.Combine(folder, "clean_index.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], StringComparer.Ordinal);
        var articles = new List<CleanArticle>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(path);
            var row = index.GetValueOrDefault(name) ?? [];
            string? Column(int i) => i < row.Length && row[i].Length > 0 ? row[i] : null;
            var text = File.ReadAllText(path, new UTF8Encoding(false));

            // BBC and PolNeAR files open with their headline; the scrapinghub bodies have none.
            var title = Column(1) is { } subset && !subset.StartsWith("scrapinghub", StringComparison.Ordinal) ? text.Split('\n')[0].Trim() : null;
            var date = Column(4) is { } written && DateOnly.TryParseExact(written, "yyyy-MM-dd", out _) ? written : null;
            articles.Add(new CleanArticle(path, System.IO.Path.GetFileNameWithoutExtension(name), text, title, date, Column(5), Column(6), Column(2)));
        }

        return articles;
    }

    public static void WriteJsonl(IEnumerable<CleanArticle> articles, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var article in articles)
        {
            writer.Write(JsonSerializer.Serialize(Row.From(article), CleanArticlesJsonContext.Default.Row));
            writer.Write('\n');
        }
    }

    public static void WriteParquet(IEnumerable<CleanArticle> articles, string path, int rowGroupRows)
    {
        using var stream = File.Create(path);
        ParquetSerializer.SerializeAsync(articles.Select(Row.From), stream, new ParquetOptions { RowGroupSize = rowGroupRows }).GetAwaiter().GetResult();
    }

    /// <summary>A record in news-please's names where it has one (<c>maintext</c>, <c>authors</c>, <c>date_publish</c>, <c>source_domain</c>).</summary>
    public sealed class Row
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = "";

        [JsonPropertyName("title")]
        public string? Title { get; set; }

        [JsonPropertyName("maintext")]
        public string Maintext { get; set; } = "";

        [JsonPropertyName("authors")]
        public List<string> Authors { get; set; } = [];

        [JsonPropertyName("date_publish")]
        public string? DatePublish { get; set; }

        [JsonPropertyName("url")]
        public string? Url { get; set; }

        [JsonPropertyName("source_domain")]
        public string? SourceDomain { get; set; }

        public static Row From(CleanArticle article) => new()
        {
            Id = article.Id,
            Title = article.Title,
            Maintext = article.Text,
            Authors = article.Author is { } author ? [author] : [],
            DatePublish = article.Date,
            Url = article.Url,
            SourceDomain = article.Site,
        };
    }
}

[JsonSerializable(typeof(CleanArticles.Row))]
internal sealed partial class CleanArticlesJsonContext : JsonSerializerContext;
