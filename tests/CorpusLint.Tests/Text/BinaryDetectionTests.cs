using System.Text;
using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Text;

namespace CorpusLint.Tests.Text;

/// <summary>A file is binary when it looks binary (a share of control bytes), not because of one NUL in an article.</summary>
public class BinaryDetectionTests
{
    [Fact]
    public void One_nul_byte_inside_an_article_is_text_and_the_nul_is_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("By Ana Ruiz\n\nThe council met on Monday.\0 It approved the budget.\n");

        var decoded = SourceDecoder.Decode(bytes);
        var diagnostics = RuleTester.LintBytes(new CL5003InvisibleCharacter(), bytes);

        Assert.False(decoded.IsBinary);
        Assert.Contains('\0', decoded.Text);
        var nul = Assert.Single(diagnostics);
        Assert.Equal((3, 27, "Control character U+0000"), (nul.Start.Line, nul.Start.Column, nul.Message));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void Images_archives_and_executables_are_binary(byte[] bytes) => Assert.True(SourceDecoder.Decode(bytes).IsBinary);

    [Fact]
    public void Text_with_tabs_form_feeds_and_terminal_colours_is_text()
    {
        var bytes = Encoding.UTF8.GetBytes("Name\tScore\n\fPage two\n\u001b[31mred\u001b[0m and plain\n");

        Assert.False(SourceDecoder.Decode(bytes).IsBinary);
    }
}
