using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.Rules;
using CorpusLint.Rules.Hygiene;
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

    private static DocumentFix Run(string text, params Rule[] rules) => Run(text, includeUnsafe: false, rules);

    private static DocumentFix Run(string text, bool includeUnsafe, params Rule[] rules)
    {
        var engine = new LintEngine(rules, new ConfigurationProvider(rules));
        var fixer = new DocumentFixer(engine, new FixOptions(Severity.Silent, includeUnsafe));
        return fixer.Fix(Input, SourceDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
