using CorpusLint.Quality;

namespace CorpusLint.Tests.Quality;

public sealed class LabelsFileTests
{
    [Fact]
    public void Reads_labelled_lines_after_the_header()
    {
        var rows = LabelsFile.Parse("line_no\tlabel\ttext\n1\tB\tHome | World\n3\tC\tThe council voted\ton Tuesday.\n4\tM\t\n");

        Assert.Equal(
            [new LabelledLine(1, 'B', "Home | World"), new LabelledLine(3, 'C', "The council voted\ton Tuesday."), new LabelledLine(4, 'M', "")],
            rows);
    }

    [Fact]
    public void Rejects_a_row_without_line_number() =>
        Assert.Throws<FormatException>(() => LabelsFile.Parse("line_no\tlabel\ttext\nx\tB\tHome\n"));

    [Fact]
    public void Selects_pages_by_language()
    {
        const string index = "name\tbenchmark_id\turl\tlang_guess\nsh_a\t1\tu\ten\nsh_b\t2\tu\tru\nsh_c\t3\tu\ten\n";

        Assert.Equal(["sh_a", "sh_c"], LabelsFile.NamesInLanguage(index, "en"));
    }
}
