using System.Text.Json;
using CorpusLint.Reporting;
using CorpusLint.Tests.Cli;

namespace CorpusLint.Tests.Reporting;

public sealed class JsonReporterTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    // The reporter writes each diagnostic field by field for speed; JsonDiagnostic stays the contract. A field added
    // to the record but not to the writer (or written in another order or form) fails here.
    [Fact]
    public void Each_diagnostic_is_written_as_the_contract_record_serializes_it_for_files_and_records()
    {
        _cli.Folder.Write("news/ferry.txt", CiArticles.Defects);
        _cli.Folder.Write("news/feed.jsonl", "{\"id\":\"a1\",\"maintext\":\"The ferry will leave at six , the council said.\"}\n");

        var result = _cli.Run("lint", "news", "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.TryGetProperty("record", out _));
        Assert.Contains(diagnostics, d => !d.TryGetProperty("record", out _));
        foreach (var written in diagnostics)
        {
            var contract = JsonSerializer.SerializeToElement(
                written.Deserialize(ReportJsonContext.Default.JsonDiagnostic)!,
                ReportJsonContext.Default.JsonDiagnostic);
            Assert.Equal(Properties(contract), Properties(written));
        }
    }

    private static List<(string Name, string Value)> Properties(JsonElement diagnostic) =>
        diagnostic.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).ToList();
}
