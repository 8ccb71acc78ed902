using System.Text;
using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Hygiene;

public class CL5002InvalidEncodingTests
{
    private readonly CL5002InvalidEncoding _rule = new();

    [Fact]
    public void Reports_each_run_of_invalid_bytes_at_its_position_with_offset_and_hex()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Title\nThe caf"), 0xE9, .. Encoding.UTF8.GetBytes(" and "), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" end.\n")];
        var diagnostics = RuleTester.LintBytes(_rule, bytes);
        RuleTester.AssertPositions(diagnostics, (2, 8), (2, 14));
        Assert.Equal("Invalid UTF-8: 1 byte at byte offset 13 (E9) replaced by U+FFFD", diagnostics[0].Message);
        Assert.Equal("Invalid UTF-8: 2 bytes at byte offset 19 (FF FE) replaced by U+FFFD", diagnostics[1].Message);
    }

    [Fact]
    public void Byte_offsets_count_the_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("ab"), 0xC3, .. Encoding.UTF8.GetBytes("\n")];
        var diagnostic = Assert.Single(RuleTester.LintBytes(_rule, bytes));
        Assert.Equal((1, 3), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.Contains("byte offset 5 (C3)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_replacement_characters_in_the_text() =>
        RuleTester.AssertFiresAt(_rule, "Line one.\nPre\uFFFDernov trg and \uFFFD\uFFFD here.\n", (2, 4), (2, 19));

    [Fact]
    public void Reports_a_binary_file_once_at_the_start()
    {
        var diagnostic = Assert.Single(RuleTester.LintBytes(_rule, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]));
        Assert.Equal((1, 1), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.Equal("binary file, not linted", diagnostic.Message);
        Assert.True(_rule.AnalyzesBinaryDocuments);
    }

    [Fact]
    public void Silent_on_an_empty_file() => Assert.Empty(RuleTester.LintBytes(_rule, []));

    [Fact]
    public void Silent_on_utf16_with_bom() =>
        Assert.Empty(RuleTester.LintBytes(_rule, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Café\n")]));

    [Theory]
    [InlineData("Clean UTF-8: café, Vučić, Москва, 東京.\n")]
    [InlineData("")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL5002.txt");
}
