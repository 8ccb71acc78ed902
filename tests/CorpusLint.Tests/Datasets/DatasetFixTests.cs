using System.Text;
using System.Text.Json.Nodes;
using CorpusLint.Cli;
using CorpusLint.Datasets;
using CorpusLint.Tests.Cli;
using Parquet;
using static CorpusLint.Tests.Datasets.DatasetFixtures;

namespace CorpusLint.Tests.Datasets;

/// <summary><c>--fix</c> on a dataset: a new file of the same format, every field kept, only the text changed; never the dataset itself.</summary>
public sealed class DatasetFixTests : IDisposable
{
    /// <summary>Trailing spaces on its first line (CL5004, a safe fix), nothing else to fix.</summary>
    private const string Untidy = "The ferry left on time.   \nIt came back late.\n";

    private readonly CliRunner _cli = new CliRunner().WithOnlyHygieneBasics();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fix_writes_a_fixed_copy_beside_the_dataset_with_every_field_kept_and_leaves_the_dataset_as_it_was()
    {
        var original = Lines(
            Record(("id", "a"), ("maintext", Untidy), ("authors", new[] { "Ann Lee" }), ("extra", "kept é"), ("rank", 3)),
            "",
            Record(("id", "b"), ("maintext", "Nothing to fix here.\n"), ("date_publish", "2024-01-02")));
        var path = _cli.Folder.WriteBytes("news.jsonl", original);

        var result = _cli.Run("lint", "news.jsonl", "--fix");

        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Contains("wrote news.fixed.jsonl, the fixed copy of news.jsonl: 1 of 2 record(s) fixed", result.Error, StringComparison.Ordinal);
        var copy = File.ReadAllText(_cli.Folder.PathOf("news.fixed.jsonl"));
        var lines = copy.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[1]);
        var fixedRecord = JsonNode.Parse(lines[0])!.AsObject();
        Assert.Equal(["id", "maintext", "authors", "extra", "rank"], fixedRecord.Select(p => p.Key));
        Assert.Equal("The ferry left on time.\nIt came back late.\n", (string)fixedRecord["maintext"]!);
        Assert.Equal("kept é", (string)fixedRecord["extra"]!);
        Assert.Equal(3, (int)fixedRecord["rank"]!);
        Assert.Equal(Encoding.UTF8.GetString(Lines(Record(("id", "b"), ("maintext", "Nothing to fix here.\n"), ("date_publish", "2024-01-02")))), lines[2] + "\n");
    }

    [Theory]
    [InlineData("news.jsonl.gz")]
    [InlineData("news.jsonl.zst")]
    public void Fix_output_names_the_copy_of_a_compressed_dataset_in_its_own_format(string name)
    {
        var lines = Lines(Record(("id", "a"), ("text", Untidy)));
        _cli.Folder.WriteBytes(name, name.EndsWith(".gz", StringComparison.Ordinal) ? Gzip(lines) : Zstd(lines));
        var output = "out/clean" + name[name.IndexOf('.', StringComparison.Ordinal)..];
        _cli.Folder.CreateFolder("out");

        var result = _cli.Run("lint", name, "--fix", "--fix-output", output);
        var check = _cli.Run("lint", output);

        Assert.Equal(ExitCodes.Clean, check.ExitCode);
        Assert.Contains("1 of 1 record(s) fixed", result.Error, StringComparison.Ordinal);
        Assert.Contains("corpuslint: 1 document(s)", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("news.jsonl", "news.jsonl", "names the dataset itself")]
    [InlineData("news.jsonl", "news.jsonl.gz", "must name a file of the dataset's own format (.jsonl)")]
    public void Fix_output_is_never_the_dataset_and_always_of_its_format(string dataset, string output, string expected)
    {
        var original = Lines(Record(("id", "a"), ("text", Untidy)));
        var path = _cli.Folder.WriteBytes(dataset, original);

        var result = _cli.Run("lint", dataset, "--fix", "--fix-output", output);

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Fix_on_parquet_writes_a_parquet_copy_with_every_column_and_row_group()
    {
        var rows = new[]
        {
            new[] { "p1", Untidy, "Ann Lee" },
            new[] { "p2", "Nothing to fix here.\n", null },
            new[] { "p3", Untidy, "Bo Ek" },
        };
        var path = _cli.Folder.WriteBytes("hub.parquet", await ParquetAsync(["id", "text", "author"], rows, rowsPerGroup: 2));
        var original = File.ReadAllBytes(path);

        var result = _cli.Run("lint", "hub.parquet", "--fix");

        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Contains("2 of 3 record(s) fixed", result.Error, StringComparison.Ordinal);
        var copy = _cli.Folder.PathOf("hub.fixed.parquet");
        await using (var reader = await ParquetReader.CreateAsync(copy))
        {
            Assert.Equal(["id", "text", "author"], reader.Schema.DataFields.Select(f => f.Name));
            Assert.Equal(2, reader.RowGroupCount);
        }

        Assert.Equal(new List<string?> { "p1", "p2", "p3" }, await ReadColumnAsync(copy, "id"));
        Assert.Equal(new List<string?> { "The ferry left on time.\nIt came back late.\n", "Nothing to fix here.\n", "The ferry left on time.\nIt came back late.\n" }, await ReadColumnAsync(copy, "text"));
        Assert.Equal(new List<string?> { "Ann Lee", null, "Bo Ek" }, await ReadColumnAsync(copy, "author"));
    }

    [Fact]
    public async Task Fix_on_parquet_copies_required_number_and_time_columns_as_they_were()
    {
        // Every column without nulls came out of the copy as a column of no rows, and the run ended in a stack trace.
        var first = new DateTime(2024, 3, 1, 9, 30, 0);
        var rows = new[] { ("p1", Untidy, 7, first), ("p2", "Nothing to fix here.\n", 4, first.AddDays(1)), ("p3", Untidy, 7, first.AddDays(2)) };
        _cli.Folder.WriteBytes("hub.parquet", await ParquetWithRequiredColumnsAsync(rows, rowsPerGroup: 2));

        var result = _cli.Run("lint", "hub.parquet", "--fix");

        Assert.Contains("2 of 3 record(s) fixed", result.Error, StringComparison.Ordinal);
        var copy = _cli.Folder.PathOf("hub.fixed.parquet");
        Assert.Equal([7, 4, 7], await ReadRequiredColumnAsync<int>(copy, "words"));
        Assert.Equal([first, first.AddDays(1), first.AddDays(2)], await ReadRequiredColumnAsync<DateTime>(copy, "published"));
        Assert.Equal(new List<string?> { "The ferry left on time.\nIt came back late.\n", "Nothing to fix here.\n", "The ferry left on time.\nIt came back late.\n" }, await ReadColumnAsync(copy, "text"));
    }

    [Fact]
    public void A_copy_whose_writer_throws_is_refused_with_the_reason_and_the_run_goes_on()
    {
        using var copy = new ThrowingCopy();

        copy.Add(new DatasetRecord { Location = new RecordLocation("hub.parquet", 1, "p1", 0) }, "fixed text");
        copy.Add(new DatasetRecord { Location = new RecordLocation("hub.parquet", 2, "p2", 0) }, null);

        Assert.Equal("it cannot be copied: Column 'words' has 0 rows", copy.Refusal);
        Assert.Equal(1, copy.Writes);
    }

    private sealed class ThrowingCopy() : DatasetCopy("hub.parquet", "hub.parquet", "hub.fixed.parquet")
    {
        public int Writes { get; private set; }

        public override void Commit() => throw new InvalidOperationException("a refused copy is never committed");

        public override void Dispose()
        {
        }

        protected override void Write(DatasetRecord record, string? fixedText)
        {
            Writes++;
            throw new InvalidOperationException("Column 'words' has 0 rows");
        }
    }

    [Fact]
    public void Diff_shows_a_records_fix_and_writes_nothing()
    {
        _cli.Folder.WriteBytes("news.jsonl", Lines(Record(("id", "a"), ("text", Untidy))));

        var result = _cli.Run("lint", "news.jsonl", "--fix", "--diff");

        Assert.Contains("-The ferry left on time.   ", result.Output, StringComparison.Ordinal);
        Assert.Contains("+The ferry left on time.", result.Output, StringComparison.Ordinal);
        Assert.Equal(["news.jsonl"], Directory.GetFiles(_cli.Folder.FullPath, "*.jsonl").Select(Path.GetFileName));
    }
}
