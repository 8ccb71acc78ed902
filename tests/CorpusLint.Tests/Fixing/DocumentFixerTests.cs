using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Text;

namespace CorpusLint.Tests.Fixing;

public sealed class DocumentFixerTests
{
    private static readonly DocumentInput Input = new("/nowhere/article.txt", "article.txt");

    [Fact]
    public void Passes_repeat_until_nothing_changes()
    {
        // The trailing spaces and the missing newline touch, so they take two passes.
        var result = Run("Last line.   ", new CL5004TrailingWhitespace(), new CL5005MissingFinalNewline());

        Assert.Equal("Last line.\n", result.Text);
        Assert.Equal(2, result.Applied);
        Assert.True(result.Settled);
        Assert.Empty(result.Remaining);
    }

    [Fact]
    public void Fixing_the_result_again_changes_nothing()
    {
        var rules = new Rule[] { new CL5003InvisibleCharacter(), new CL5004TrailingWhitespace(), new CL5005MissingFinalNewline() };
        var once = Run("Soft\u00ADhyphen and\u00A0 space. \nLast", rules);

        var twice = Run(once.Text, rules);

        Assert.Equal("Softhyphen and space.\nLast\n", once.Text);
        Assert.Equal(0, twice.Applied);
        Assert.Equal(once.Text, twice.Text);
    }

    [Fact]
    public void Fixes_that_undo_each_other_stop_after_ten_passes()
    {
        var toCurly = new WordFixRule("CL9901", "'", span => Fix.Safe("curly", new TextEdit(span, "’")));
        var toStraight = new WordFixRule("CL9902", "’", span => Fix.Safe("straight", new TextEdit(span, "'")));

        var result = Run("It's\n", toCurly, toStraight);

        Assert.False(result.Settled);
        Assert.Equal(DocumentFixer.MaxPasses, result.Applied);
    }

    [Fact]
    public void A_fix_that_would_lose_a_word_is_refused_and_its_problem_stays()
    {
        var greedy = new WordFixRule("CL9903", "six", span => Fix.Safe("delete the word", TextEdit.Delete(span)));

        var result = Run("At six, he said.\n", greedy);

        Assert.Equal("At six, he said.\n", result.Text);
        var refused = Assert.Single(result.Refused);
        Assert.Equal("a safe fix would remove a word", refused.Reason);
        Assert.Single(result.Remaining);
    }

    [Fact]
    public void Unsafe_fixes_apply_only_when_asked()
    {
        var deleteLine = new WordFixRule("CL9904", "Subscribe", span => Fix.Unsafe("delete the line", TextEdit.Delete(new Microsoft.CodeAnalysis.Text.TextSpan(span.Start, 15))));
        const string text = "Subscribe now!\nThe ferry leaves at six.\n";

        Assert.Equal(text, Run(text, includeUnsafe: false, deleteLine).Text);
        Assert.Equal("The ferry leaves at six.\n", Run(text, includeUnsafe: true, deleteLine).Text);
    }

    [Fact]
    public void Unsafe_boilerplate_fixes_keep_the_lines_the_byline_and_the_date_are_read_from()
    {
        // A name beside a dateline amid a page's chrome: the layout flags the name's line with the chrome around it.
        string[] lines =
        [
            "Harbour council approves new ferry timetable", "", "Home", "World", "Sport", "Maria Lindqvist", "March 3, 2024", "Subscribe", "Sign in", "",
            "The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring.", "",
            "Residents had collected more than a thousand signatures, according to the island's residents' association, which called the decision long overdue.", "",
            "The new timetable starts on the first of May, and tickets bought before then remain valid, the operator said in a statement on its website.", "",
        ];
        var text = string.Join("\n", lines);
        var flagged = Assert.Single(RuleTester.Lint(new CL2010BoilerplateBlock(), text), d => d.Start.Line <= 6 && d.End.Line >= 6);
        Assert.Equal("Delete the boilerplate block, keeping the byline or date line", flagged.Fix!.Title);

        var fixedText = Run(text, includeUnsafe: true, [.. BuiltInRules.All]).Text;

        Assert.Contains("\nMaria Lindqvist\nMarch 3, 2024\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", fixedText, StringComparison.Ordinal);
    }

    /// <summary>Later passes must still read the name as the byline: its "By" alone above it, and the dateline (an update line, a reading time) it stands beside, stay.</summary>
    [Theory]
    [InlineData("By\nMaria Lindqvist\nUpdated March 3, 2024 8:21 am ET")]
    [InlineData("Maria Lindqvist\n5 min read")]
    public void Unsafe_boilerplate_fixes_keep_a_bylines_label_and_the_dateline_a_name_stands_beside(string byline)
    {
        string[] lines =
        [
            "Home", "World", "Sport", "Subscribe", "", "Harbour council approves new ferry timetable", "", "Share on Facebook", "Share on Twitter",
            byline, "Order Reprints", "Print Article", "",
            "The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring.", "",
            "Residents had collected more than a thousand signatures, according to the island's residents' association, which called the decision long overdue.", "",
        ];

        var fixedText = Run(string.Join("\n", lines), includeUnsafe: true, [.. BuiltInRules.All]).Text;

        Assert.Contains(byline + "\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Order Reprints", fixedText, StringComparison.Ordinal);
    }

    /// <summary>
    /// A first pass's safe fix can make the next pass read the text differently: here it turns a marker between headline
    /// and dateline into two paragraphs of prose, and the next pass reads the date as one inside the body, not the
    /// article's. The unsafe fix that deletes date lines (keeping the record's, as the boilerplate rules do) must still
    /// keep the line the text as given was dated by.
    /// </summary>
    [Fact]
    public void A_later_pass_keeps_the_lines_an_earlier_pass_read_the_record_from()
    {
        const string Lead = "Island ferries have carried residents, supplies and visitors across the sound for more than a century, and every change to their timetable has been argued over at length in the council chamber and in the letters pages of the local paper.";
        const string Story = "The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring.\n\n"
            + "Residents had collected more than a thousand signatures, according to the island's residents' association, which called the decision long overdue.\n\n"
            + "The new timetable starts on the first of May, and tickets bought before then remain valid, the operator said in a statement on its website.\n\n";
        var text = "Harbour council approves new ferry timetable\n\nLEAD\n\nMarch 3, 2024\n\n" + Story + "See also: the 2024 ferry report\n\n" + Story + Story;
        var expandLead = new WordFixRule("CL9905", "LEAD", span => Fix.Safe("expand", TextEdit.Replace(span.Start, span.Length, Lead + "\n\n" + Lead)));
        var deleteDates = new RecordKeepingLineRule("CL9906", "2024");
        Assert.Contains(4, Document.FromText("article.txt", text).RecordLines);
        Assert.DoesNotContain(6, Document.FromText("article.txt", text.Replace("LEAD", Lead + "\n\n" + Lead, StringComparison.Ordinal)).RecordLines);

        var result = Run(text, includeUnsafe: true, expandLead, deleteDates);

        Assert.Contains("\n\nMarch 3, 2024\n\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry report", result.Text, StringComparison.Ordinal);
    }

    private static DocumentFix Run(string text, params Rule[] rules) => Run(text, includeUnsafe: false, rules);

    private static DocumentFix Run(string text, bool includeUnsafe, params Rule[] rules)
    {
        var engine = new LintEngine(rules, new ConfigurationProvider(rules));
        var fixer = new DocumentFixer(engine, new FixOptions(Severity.Silent, includeUnsafe));
        return fixer.Fix(Input, SourceDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
