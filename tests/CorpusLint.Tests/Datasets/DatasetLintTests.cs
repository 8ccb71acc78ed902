using CorpusLint.Cli;
using CorpusLint.Datasets;
using CorpusLint.Engine;
using CorpusLint.Tests.Cli;
using static CorpusLint.Tests.Datasets.DatasetFixtures;

namespace CorpusLint.Tests.Datasets;

/// <summary>Datasets as input (issue 13): each record of a JSON Lines or Parquet file is a document named <c>file#id</c>.</summary>
public sealed class DatasetLintTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public DatasetLintTests() => _cli.Folder.Write(".editorconfig", """
        root = true
        [*]
        dotnet_analyzer_diagnostic.severity = none
        dotnet_diagnostic.CL1001.severity = warning
        dotnet_diagnostic.CL3001.severity = warning
        dotnet_diagnostic.CL3002.severity = error
        """);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_records_input_is_named_after_its_files_shown_path_and_its_path_in_the_project()
    {
        var file = new DocumentInput("/p/data/a.jsonl", "a.jsonl") { CorpusPath = "data/a.jsonl" };
        var record = new DatasetRecord { Location = new RecordLocation("a.jsonl", 3, "x7", 3), Text = "Text." };

        var input = DatasetReader.ToInput(file, record);

        Assert.Equal(("a.jsonl#x7", "data/a.jsonl#x7", file.FullPath), (input.DisplayPath, input.CorpusPath, input.FullPath));
    }

    [Fact]
    public void Records_are_named_by_id_or_number_with_positions_inside_their_text_field()
    {
        _cli.Folder.WriteBytes("news.jsonl", Lines(
            Record(("id", "ferry-1"), ("maintext", WrongWeekday), ("authors", new[] { "Elin Sande" }), ("date_publish", "2024-03-01")),
            Record(("maintext", WrongWeekday), ("authors", new[] { "Jonas Berg" }), ("date_publish", "2024-03-01"))));

        var result = _cli.Run("lint", "news.jsonl");

        Assert.Equal(
            [
                "news.jsonl#ferry-1(3,23): error CL3002: March 1, 2024 is a Friday, not a Tuesday",
                "news.jsonl#2(3,23): error CL3002: March 1, 2024 is a Friday, not a Tuesday",
            ],
            result.OutputLines);
        Assert.Equal(ExitCodes.Problems, result.ExitCode);
    }

    [Fact]
    public void Date_and_author_fields_satisfy_CL3001_and_CL1001_and_an_empty_authors_field_is_named()
    {
        const string undated = "Harbour wall repaired\n\nWorkers finished the repair of the harbour wall after the winter storms.\n";
        _cli.Folder.WriteBytes("news.jsonl", Lines(
            Record(("id", "a"), ("text", undated), ("author", "Ada Roe"), ("published", "2024-05-11")),
            Record(("id", "b"), ("text", undated), ("authors", Array.Empty<string>()), ("date", "2024-05-11"))));
        _cli.Folder.Write("undated.txt", undated);

        var result = _cli.Run("lint", ".");

        Assert.Equal(
            [
                "news.jsonl#b(1,1): warning CL1001: The document has no byline, no source credit and no author or source metadata (the record's authors field is empty)",
                "undated.txt(1,1): warning CL1001: The document has no byline, no source credit and no author or source metadata",
            ],
            result.OutputLines[..2]);
        Assert.StartsWith("undated.txt(1,1): warning CL3001:", Assert.Single(result.OutputLines[2..]), StringComparison.Ordinal);
    }

    /// <summary>In a record plainly in another language the text's bylines and dates go unread, but an empty or unreadable field is still named.</summary>
    [Fact]
    public void A_record_in_another_language_is_reported_for_its_empty_fields_only()
    {
        const string german = "Hafen erhält neue Fähre\n\nDie Stadt hat am Montag eine neue Fähre für die Verbindung zwischen dem Nordkai und der Altstadt vorgestellt. Das Schiff soll ab Juni täglich fahren, und die Kosten teilen sich die Stadt und das Land.\n";
        _cli.Folder.WriteBytes("nachrichten.jsonl", Lines(
            Record(("id", "a"), ("text", german)),
            Record(("id", "b"), ("text", german), ("authors", Array.Empty<string>()), ("date", "gestern"))));

        var result = _cli.Run("lint", ".");

        Assert.Equal(
            [
                "nachrichten.jsonl#b(1,1): warning CL1001: The document has no byline, no source credit and no author or source metadata (the record's authors field is empty)",
                "nachrichten.jsonl#b(1,1): warning CL3001: Document has no publication date: no dateline, \"Published ...\" line or date metadata (the record's date field holds 'gestern', which is not a date)",
            ],
            result.OutputLines);
    }

    /// <summary>A record's language field declares its language as <c>corpuslint.language</c> does, and before it.</summary>
    [Fact]
    public void A_record_s_language_field_comes_before_the_folder_s_language()
    {
        const string german = "Hafen erhält neue Fähre\n\nDie Stadt hat am Montag eine neue Fähre für die Verbindung zwischen dem Nordkai und der Altstadt vorgestellt. Das Schiff soll ab Juni täglich fahren, und die Kosten teilen sich die Stadt und das Land.\n";
        const string note = "Ferry times\n\nEvening crossings: 21:30, 22:15.\n";
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ncorpuslint.language = de\n");
        _cli.Folder.WriteBytes("news.jsonl", Lines(
            Record(("id", "en-tag"), ("text", german), ("language", "en-GB"), ("date", "2024-05-11")),
            Record(("id", "named"), ("text", note), ("lang", "Portuguese"), ("date", "2024-05-11")),
            Record(("id", "folder"), ("text", note), ("date", "2024-05-11")),
            Record(("id", "unreadable"), ("text", note), ("language", "??"), ("date", "2024-05-11"))));

        var result = _cli.Run("lint", "news.jsonl", "--format", "json");

        var attributed = System.Text.Json.Nodes.JsonNode.Parse(result.Output)!["diagnostics"]!.AsArray()
            .Where(d => (string)d!["id"]! == "CL1001").Select(d => (string)d!["path"]!);
        Assert.Equal(["news.jsonl#en-tag"], attributed);
        using var inspected = System.Text.Json.JsonDocument.Parse(_cli.Run("inspect", "news.jsonl#named").Output);
        Assert.Equal("pt", inspected.RootElement.GetProperty("language").GetProperty("declared").GetString());
    }

    [Fact]
    public void Json_output_carries_the_dataset_and_the_record_number()
    {
        _cli.Folder.WriteBytes("news.jsonl", Lines(Record(("id", "x9"), ("text", WrongWeekday), ("authors", new[] { "A. Writer" }), ("date", "2024-03-01"))));

        var result = _cli.Run("lint", "news.jsonl", "--format", "json");

        var diagnostic = System.Text.Json.Nodes.JsonNode.Parse(result.Output)!["diagnostics"]![0]!;
        Assert.Equal("news.jsonl#x9", (string)diagnostic["path"]!);
        Assert.Equal("news.jsonl", (string)diagnostic["dataset"]!);
        Assert.Equal(1, (int)diagnostic["record"]!);
        Assert.Equal(3, (int)diagnostic["line"]!);
    }

    [Fact]
    public void Bad_records_are_one_CL0004_each_naming_their_line_and_the_run_goes_on()
    {
        _cli.Folder.WriteBytes("news.jsonl", Lines(
            "{\"id\": \"cut\", \"maintext\": \"The council met",
            Record(("id", "notext"), ("title", "A headline only")),
            Record(("id", "number"), ("maintext", 42)),
            Record(("id", "null"), ("maintext", null)),
            Record(("id", "good"), ("maintext", WrongWeekday), ("authors", new[] { "Elin Sande" }), ("date_publish", "2024-03-01"))));

        var result = _cli.Run("lint", "news.jsonl");

        Assert.Equal(5, result.OutputLines.Length);
        Assert.StartsWith("news.jsonl#1(1,1): error CL0004: Bad record: line 1 is not valid JSON", result.OutputLines[0], StringComparison.Ordinal);
        Assert.Equal("news.jsonl#notext(1,1): error CL0004: Bad record: line 2 has no text field (looked for text, maintext, content, body, article)", result.OutputLines[1]);
        Assert.Equal("news.jsonl#number(1,1): error CL0004: Bad record: line 3 has a text field 'maintext' that is a number, not a string", result.OutputLines[2]);
        Assert.Equal("news.jsonl#null(1,1): error CL0004: Bad record: line 4 has a text field 'maintext' that is null", result.OutputLines[3]);
        Assert.Equal("news.jsonl#good(3,23): error CL3002: March 1, 2024 is a Friday, not a Tuesday", result.OutputLines[4]);
        Assert.Equal(ExitCodes.Problems, result.ExitCode);
    }

    [Theory]
    [InlineData("news.jsonl.gz")]
    [InlineData("news.jsonl.zst")]
    public void A_truncated_compressed_stream_is_reported_with_the_records_read_and_they_are_linted(string name)
    {
        var lines = Lines([.. Enumerable.Range(1, 2000).Select(i => Record(("id", $"r{i}"), ("maintext", $"Record {i} of the archive, {new string('x', i % 97)} {i * 7919 % 1000}.\n"), ("authors", new[] { "Desk" }), ("date", "2024-01-02")))]);
        var whole = name.EndsWith(".gz", StringComparison.Ordinal) ? Gzip(lines) : Zstd(lines);
        _cli.Folder.WriteBytes(name, whole[..(whole.Length * 2 / 3)]);
        _cli.Folder.WriteBytes("after.txt", "Ferry service resumes\n\nThe ferry returned on Tuesday, March 1, 2024.\n"u8.ToArray());

        var result = _cli.Run("lint", ".", "--format", "json");

        var diagnostics = System.Text.Json.Nodes.JsonNode.Parse(result.Output)!["diagnostics"]!.AsArray();
        var truncated = Assert.Single(diagnostics, d => (string)d!["id"]! == "CL0004");
        Assert.Equal(name, (string)truncated!["path"]!);
        var message = (string)truncated["message"]!;
        Assert.Matches(@"^The compressed stream ends early \(the file is truncated\): [\d,]+ record\(s\) were read and linted before it", message);
        var read = int.Parse(System.Text.RegularExpressions.Regex.Match(message, @"([\d,]+) record").Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(read, 1, 1999);
        Assert.Equal(read + 1, (int)truncated["record"]!);
        Assert.Contains(diagnostics, d => (string)d!["path"]! == "after.txt");
        Assert.Contains($"corpuslint: {read + 2} document(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_records_are_read_by_row_group_and_an_unreadable_row_group_is_one_CL0004()
    {
        var rows = Enumerable.Range(1, 6).Select(i => new[] { $"p{i}", WrongWeekday, "Elin Sande", "2024-03-01" }).ToArray<string?[]>();
        var parquet = await ParquetAsync(["id", "text", "author", "date"], rows, rowsPerGroup: 2);
        _cli.Folder.WriteBytes("hub.parquet", parquet);
        _cli.Folder.WriteBytes("damaged.parquet", await DamageRowGroupAsync(parquet, 1));

        var whole = _cli.Run("lint", "hub.parquet");
        var damaged = _cli.Run("lint", "damaged.parquet");

        Assert.Equal([.. Enumerable.Range(1, 6).Select(i => $"hub.parquet#p{i}(3,23): error CL3002: March 1, 2024 is a Friday, not a Tuesday")], whole.OutputLines);
        Assert.Equal(5, damaged.OutputLines.Length);
        Assert.Equal(["damaged.parquet#p1", "damaged.parquet#p2"], damaged.OutputLines[..2].Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]));
        Assert.StartsWith("damaged.parquet(1,1): error CL0004: Row group 2 of 3 (rows 3–4) cannot be read (", damaged.OutputLines[2], StringComparison.Ordinal);
        Assert.EndsWith("); the other row groups are linted", damaged.OutputLines[2], StringComparison.Ordinal);
        Assert.Equal(["damaged.parquet#p5", "damaged.parquet#p6"], damaged.OutputLines[3..].Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_dataset_cannot_be_read_from_standard_input()
    {
        var result = _cli.RunWithInput("{}\n"u8.ToArray(), "lint", "-", "--stdin-filename", "news.jsonl");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains("a dataset is read record by record from its file", result.Error, StringComparison.Ordinal);
    }
}
