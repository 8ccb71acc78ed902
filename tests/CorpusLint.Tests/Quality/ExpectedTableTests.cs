using CorpusLint.Quality;

namespace CorpusLint.Tests.Quality;

public sealed class ExpectedTableTests
{
    private const string Markdown = "# Seeds\n\nIntro with a tab\tthat is not a row.\n\n## must\n\n<!-- begin must -->\n```\n"
        + "a.txt\t5\tCL2011\ta caption slug\n"
        + "a.txt\t*\tcl3001\tno date\r\n"
        + "\n"
        + "b.txt\t12\tCL5003\tnote\twith a tab\n"
        + "```\n<!-- end must -->\n\n## must-not\n\n<!-- begin must-not -->\n```\n"
        + "a.txt\t*\tCL1001\tcredits the source\n"
        + "b.txt\t11\tCL5008\n"
        + "```\n<!-- end must-not -->\n\nb.txt\t3\tCL9999\toutside the markers\n";

    [Fact]
    public void Reads_rows_between_the_markers_only()
    {
        var rows = ExpectedTable.Parse(Markdown);

        Assert.Equal(5, rows.Count);
        Assert.Equal(new Expectation(ExpectationKind.Must, "a.txt", 5, "CL2011", "a caption slug", 9), rows[0]);
        Assert.Equal((ExpectationKind.Must, (int?)null, "CL3001"), (rows[1].Kind, rows[1].Line, rows[1].RuleId));
        Assert.Equal("note\twith a tab", rows[2].Note);
        Assert.Equal((ExpectationKind.MustNot, "a.txt", (int?)null, "CL1001"), (rows[3].Kind, rows[3].File, rows[3].Line, rows[3].RuleId));
        Assert.Equal((ExpectationKind.MustNot, 11, "CL5008", ""), (rows[4].Kind, rows[4].Line.GetValueOrDefault(), rows[4].RuleId, rows[4].Note));
        Assert.Equal(["2", "3", "5", "1", "5"], rows.Select(r => r.Family));
    }

    [Theory]
    [InlineData("a.txt\tx\tCL1001\tnote", "line must be")]
    [InlineData("a.txt\t0\tCL1001\tnote", "line must be")]
    [InlineData("a.txt\t3\tXX1001\tnote", "not a rule ID")]
    [InlineData("a.txt 3 CL1001 note", "expected")]
    public void Rejects_malformed_rows(string row, string message)
    {
        var e = Assert.Throws<FormatException>(() => ExpectedTable.Parse($"<!-- begin must -->\n{row}\n<!-- end must -->\n"));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_table_without_end_marker() =>
        Assert.Throws<FormatException>(() => ExpectedTable.Parse("<!-- begin must-not -->\na.txt\t1\tCL1001\tx\n"));

    [Theory]
    [InlineData("CL1003", true)]
    [InlineData("CL2999", true)]
    [InlineData("CL1001", false)]
    [InlineData("CL3006", false)]
    [InlineData("CL3007", true)]
    public void Rule_ranges(string id, bool inRanges) =>
        Assert.Equal(inRanges, RuleFamilies.InRanges(id, [(1002, 1004), (2000, 2999), (3007, 3007)]));
}
