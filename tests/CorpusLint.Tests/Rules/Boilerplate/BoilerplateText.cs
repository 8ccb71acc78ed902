using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;
using System.Runtime.CompilerServices;

namespace CorpusLint.Tests.Rules.Boilerplate;

/// <summary>Article prose written for the boilerplate tests, and a way to put lines around and inside it.</summary>
internal static class BoilerplateText
{
    public const string Headline = "Harbour council approves new ferry timetable";

    public static readonly string[] Paragraphs =
    [
        "The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring.",
        "Residents had collected more than a thousand signatures, according to the island's residents' association, which called the decision long overdue.",
        "The new timetable starts on the first of May, and tickets bought before then remain valid, the operator said in a statement on its website.",
        "Critics argued that the extra crossings would cost the council a great deal of money every year, and that the evening boats were rarely full.",
    ];

    /// <summary>
    /// Headline (line 1), blank, paragraphs 1 and 2 (lines 3, 5), <paramref name="middle"/> lines from line 7 on,
    /// paragraphs 3 and 4, then <paramref name="after"/>; <paramref name="before"/> goes above the headline.
    /// Every block is followed by a blank line.
    /// </summary>
    public static string Article(string[]? before = null, string[]? middle = null, string[]? after = null)
    {
        var lines = new List<string>();
        if (before is { Length: > 0 })
        {
            lines.AddRange(before);
            lines.Add(string.Empty);
        }

        lines.Add(Headline);
        lines.Add(string.Empty);
        lines.Add(Paragraphs[0]);
        lines.Add(string.Empty);
        lines.Add(Paragraphs[1]);
        lines.Add(string.Empty);
        if (middle is { Length: > 0 })
        {
            lines.AddRange(middle);
            lines.Add(string.Empty);
        }

        lines.Add(Paragraphs[2]);
        lines.Add(string.Empty);
        lines.Add(Paragraphs[3]);
        lines.Add(string.Empty);
        if (after is { Length: > 0 })
        {
            lines.AddRange(after);
            lines.Add(string.Empty);
        }

        return string.Join("\n", lines);
    }

    /// <summary>The article with <paramref name="sentence"/> as a paragraph of its own between paragraphs 2 and 3.</summary>
    public static string WithProse(string sentence) => Article(middle: [sentence]);

    /// <summary>The text of <c>fixtures/<paramref name="name"/></c> beside this file.</summary>
    public static string Fixture(string name, [CallerFilePath] string callerPath = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(callerPath)!, "fixtures", name));

    /// <summary>
    /// Every diagnostic of <paramref name="rule"/> on the fixture carries one unsafe edit that deletes whole lines,
    /// terminators included, and there is at least one.
    /// </summary>
    public static void AssertFixesDeleteWholeLines(Rule rule, string fixture)
    {
        var text = Fixture(fixture);
        var diagnostics = RuleTester.Lint(rule, Document.FromText(fixture, text));
        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Assert.NotNull(diagnostic.Fix);
            var edit = Assert.Single(diagnostic.Fix.Edits);
            Assert.Equal(FixSafety.Unsafe, diagnostic.Fix.Safety);
            Assert.Equal(string.Empty, edit.NewText);
            Assert.True(edit.Span.Start == 0 || text[edit.Span.Start - 1] == '\n', "a deletion starts at a line start");
            Assert.True(edit.Span.End == text.Length || text[edit.Span.End - 1] == '\n', "a deletion ends after a line terminator");
        }
    }
}
