using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Text;

namespace CorpusLint.Tests.Engine;

/// <summary>
/// Documents larger than the whole-document size are linted in windows. Small limits stand in for the real ones (4 MB
/// whole, 1 MB windows), so the windows' edges fall everywhere in a few kilobytes of text.
/// </summary>
public sealed class HugeDocumentTests : IDisposable
{
    private static readonly DocumentLimits Small = new() { WholeDocumentBytes = 2000, WindowBytes = 700, WindowMarginBytes = 120, MaxDocumentBytes = 1_000_000 };

    /// <summary>Rules that judge a line or a span on its own: a window finds exactly what the whole document has.</summary>
    private static readonly string[] LocalRules = ["CL3003", "CL5001", "CL5002", "CL5003", "CL5004"];

    private readonly TempFolder _folder = new();

    public HugeDocumentTests() => _folder.Write(".editorconfig", "root = true\n");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData(" ")]
    public void Local_findings_have_the_same_lines_columns_and_offsets_as_in_the_whole_document(string separator)
    {
        var bytes = Encoding.UTF8.GetBytes(Article(separator, 60));

        var whole = LintWhole(bytes);
        var windowed = LintWindowed(bytes);

        Assert.True(bytes.Length > Small.WholeDocumentBytes * 2);
        Assert.NotEmpty(Local(whole));
        Assert.Equal(Local(whole), Local(windowed));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData(" ")]
    public void Findings_in_windows_keep_the_fingerprint_and_excerpt_they_have_in_the_whole_document(string separator)
    {
        // A fingerprint reads 80 characters beside its span and an excerpt at most 200: margins wider than that (the
        // real ones are 16 KB) see all the text they need, even on one endless line.
        var wideMargins = Small with { WindowMarginBytes = 400 };
        var bytes = Encoding.UTF8.GetBytes(Article(separator, 60));

        var windowed = LintWindowed(bytes, wideMargins);

        Assert.True(separator != " " || windowed.Diagnostics.Any(d => d.Excerpt.StartColumn > 1), "one line: excerpts start inside it");
        Assert.Equal(LocalWithContext(LintWhole(bytes)), LocalWithContext(windowed));
    }

    [Fact]
    public void Invalid_bytes_are_reported_at_their_offsets_in_the_file()
    {
        var text = Encoding.UTF8.GetBytes(Article("\n", 40));
        var bytes = text.SelectMany((b, i) => i % 311 == 7 ? new[] { b, (byte)0xFF } : [b]).ToArray();

        Assert.Equal(Local(LintWhole(bytes)), Local(LintWindowed(bytes)));
        Assert.Contains(LintWindowed(bytes).Diagnostics, d => d.Id == "CL5002" && d.Message.Contains("byte offset", StringComparison.Ordinal));
    }

    [Fact]
    public void A_window_is_never_cut_inside_a_run_of_invalid_bytes()
    {
        // The preferred cut (700 bytes into the window, no line break or space before it) falls between 0xD6 and 0xE2:
        // one run of three invalid bytes, one U+FFFD in the whole document. Cut there, the window showed two, and every
        // later column on the line moved by one (found by PropertyTests with seed 5o7w4MDuf8Q1).
        var head = Enumerable.Repeat((byte)'x', 698).Concat(new byte[] { 0x84, 0xD6, 0xE2 });
        var line = Encoding.UTF8.GetBytes("\tword\u200Bword and more words\n");
        var bytes = head.Concat(line).Concat(Encoding.UTF8.GetBytes(Article("\n", 40))).ToArray();

        var whole = Local(LintWhole(bytes));

        Assert.Contains(whole, d => d.StartsWith("CL5003 ", StringComparison.Ordinal));
        Assert.Equal(whole, Local(LintWindowed(bytes)));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void A_utf16_or_utf32_document_is_cut_between_characters(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Article("\r\n", 40) + "Emoji 😀 at the end.\n")).ToArray();

        var whole = LintWhole(bytes);

        Assert.NotEmpty(Local(whole));
        Assert.Equal(Local(whole), Local(LintWindowed(bytes)));
    }

    [Fact]
    public void Rules_that_need_the_whole_document_are_skipped_and_a_CL0003_says_so()
    {
        var result = LintWindowed(Encoding.UTF8.GetBytes(Article("\n", 30)));

        var note = Assert.Single(result.Diagnostics, d => d.Id == "CL0003");
        Assert.Equal((1, 1), (note.Start.Line, note.Start.Column));
        Assert.Contains("linted in windows of 700 bytes", note.Message, StringComparison.Ordinal);
        Assert.Contains("CL1001", note.Message, StringComparison.Ordinal);
        var wholeDocumentRules = BuiltInRules.All.Where(r => r.NeedsWholeDocument).Select(r => r.Id).ToHashSet();
        Assert.DoesNotContain(result.Diagnostics, d => wholeDocumentRules.Contains(d.Id));
        Assert.Equal(result.Diagnostics.OrderBy(d => d, LintDiagnostic.ReportOrder), result.Diagnostics);
    }

    [Fact]
    public void A_large_binary_file_is_binary_not_a_stream_of_windows()
    {
        var bytes = new byte[Small.WholeDocumentBytes * 3];
        new Random(3).NextBytes(bytes);
        bytes[10] = 0;
        Array.Fill(bytes, (byte)0, 100, 2000);

        var result = LintWindowed(bytes);

        Assert.Equal(["CL5002"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(bytes.Length, result.Bytes);
    }

    [Fact]
    public void A_file_over_the_size_limit_and_standard_input_over_it_get_the_same_message()
    {
        var limits = Small with { MaxDocumentBytes = 5000 };
        var path = _folder.WriteBytes("big.txt", Encoding.UTF8.GetBytes(Article("\n", 100)));
        var engine = Engine();
        var linter = new DocumentLinter(engine, limits, summarizer: null);
        var configuration = engine.Configuration.GetConfiguration(path);

        var file = linter.LintFile(new DocumentInput(path, "big.txt"), configuration);
        using var endless = new EndlessStream();
        var stdin = linter.LintStream(new DocumentInput(path, "big.txt"), endless, configuration);

        Assert.Equal("larger than the size limit of 5 KB (--max-document-size)", file.NotLintedReason);
        Assert.Equal(file.NotLintedReason, stdin.NotLintedReason);
        Assert.Equal(file.Diagnostics.Select(d => d.Message), stdin.Diagnostics.Select(d => d.Message));
        Assert.True(endless.Position <= limits.MaxDocumentBytes + (1 << 16), $"read {endless.Position} bytes past a limit of {limits.MaxDocumentBytes}");
    }

    [Fact]
    public void Standard_input_larger_than_the_whole_document_size_is_linted_in_windows_like_a_file()
    {
        var bytes = Encoding.UTF8.GetBytes(Article("\n", 40));
        var engine = Engine();
        var linter = new DocumentLinter(engine, Small, summarizer: null);
        var path = _folder.PathOf("stdin.txt");

        var result = linter.LintStream(new DocumentInput(path, "stdin.txt"), new MemoryStream(bytes), engine.Configuration.GetConfiguration(path));

        Assert.Equal(Local(LintWindowed(bytes)), Local(result));
        Assert.Equal(bytes.Length, result.Bytes);
    }

    private static LintEngine Engine() => new(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));

    private static IEnumerable<string> Local(DocumentResult result) =>
        result.Diagnostics.Where(d => LocalRules.Contains(d.Id)).Select(d => $"{d.Id} {d.Start} {d.End} {d.Span} {d.Message}");

    /// <summary>What a local rule's finding is down to its fingerprint (baselines, SARIF) and the excerpt reports show.</summary>
    private static IEnumerable<string> LocalWithContext(DocumentResult result) =>
        result.Diagnostics.Where(d => LocalRules.Contains(d.Id)).Select(d => $"{d.Id} {d.Start} {d.Span} {d.Fingerprint} {d.Excerpt}");

    /// <summary>Paragraphs with defects the local rules find, joined by <paramref name="separator"/>.</summary>
    private static string Article(string separator, int paragraphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append($"Paragraph {i}: the council met on February 30, 2019 and the cafÃ© closed. ");
            text.Append(i % 3 == 0 ? "Trailing spaces follow.   " : "Soft\u00ADhyphen here.");
            text.Append(separator);
        }

        return text.ToString();
    }

    private DocumentResult LintWhole(byte[] bytes)
    {
        var path = _folder.PathOf("article.txt");
        return Engine().Lint(Document.Create("article.txt", SourceDecoder.Decode(bytes)), path);
    }

    private DocumentResult LintWindowed(byte[] bytes, DocumentLimits? limits = null)
    {
        var path = _folder.WriteBytes("article.txt", bytes);
        var engine = Engine();
        return new DocumentLinter(engine, limits ?? Small, summarizer: null).LintFile(new DocumentInput(path, "article.txt"), engine.Configuration.GetConfiguration(path));
    }

    /// <summary>Standard input fed from /dev/zero, without the device: bytes forever, counting how many were read.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
