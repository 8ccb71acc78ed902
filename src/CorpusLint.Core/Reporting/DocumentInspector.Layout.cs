using System.Globalization;
using CorpusLint.Model;
using CorpusLint.Model.Layout;

namespace CorpusLint.Reporting;

public static partial class DocumentInspector
{
    private static InspectedLayout InspectLayout(Document document)
    {
        var layout = document.Layout;
        return new InspectedLayout(
            layout.HasBody ? layout.BodyStart + 1 : null,
            layout.HasBody ? layout.BodyEnd + 1 : null,
            document.HardWraps?.Width,
            [.. layout.Lines.Where(l => !l.IsBlank || l.Reason is LayoutReason.FrontMatter or LayoutReason.LinkDefinition).Select(l => InspectLine(document, l))]);
    }

    private static InspectedLineClass InspectLine(Document document, LineLayout line)
    {
        var (pass, why) = Explain(line);
        return new InspectedLineClass(
            line.Index + 1,
            line.Class.ToString(),
            line.Place.ToString(),
            line.Prose.ToString(),
            line.Reason.ToString(),
            pass,
            why,
            line.WordCount,
            Math.Round(line.StopWordShare, 2),
            Math.Round(line.LinkDensity, 2),
            line.SentenceMarks,
            [.. Enum.GetValues<LineSignals>().Where(s => s != LineSignals.None && (line.Signals & s) == s).Select(s => s.ToString())],
            line.Phrase is { } phrase ? $"{phrase.Category}: {phrase.Phrase} ({phrase.Strength})" : null,
            line.DuplicateOf >= 0 ? line.DuplicateOf + 1 : null,
            Preview(document.GetText(document.Lines[line.Index]).Trim()));
    }

    /// <summary>The pass that decided the line's class and a sentence saying why.</summary>
    private static (string Pass, string Why) Explain(LineLayout line)
    {
        var words = line.WordCount.ToString(CultureInfo.InvariantCulture);
        var stop = (100 * line.StopWordShare).ToString("0", CultureInfo.InvariantCulture);
        // A line a sentence runs across takes the class of the lines together (TextBlocks.JudgeWrappedParagraphs).
        var judged = (line.Signals & LineSignals.Wrapped) != 0 ? "with the lines its sentence runs across" : "on its own";
        var shape = $"{line.Prose} {judged} ({words} words, {stop}% stop words, {line.SentenceMarks} sentence(s))";
        return line.Reason switch
        {
            LayoutReason.FrontMatter => ("Document.FrontMatterLines", "YAML front matter: the document's record (title, author, dates), not its text"),
            LayoutReason.LinkDefinition => ("Document.Links", "a Markdown link definition: where the text's links lead, not its text"),
            LayoutReason.BodyProse => ("BodyFinder", $"prose inside the body: {shape}"),
            LayoutReason.ShortLineInBody => ("BodyFinder", $"a short line inside the body (a subheading or label): {shape}"),
            LayoutReason.ArticleLineInGap => ("BodyBridgePass", "a short sentence or a list's heading between two parts of the body"),
            LayoutReason.Preformatted => ("TextBlocks", "code, a table or program output inside the body"),
            LayoutReason.PictureInBody => ("BodyFinder", "a Markdown image inside the body"),
            LayoutReason.ListInBody => ("ContentListPass / OrderedListPass", "an item of a list inside the body"),
            LayoutReason.ShortDocument => ("BodyFinder", "a line of a document too short to have chrome around an article"),
            LayoutReason.PlainHeader => ("BodyEdgePass", "one of the few lines from the document's first above the body, none showing chrome: the article's header"),
            LayoutReason.IntroducedList => ("IntroducedListPass", "an item of a list the body introduces (a colon above, or prose on both sides)"),
            LayoutReason.Headline => ("HeadlinePass", "the headline (or its kicker) above the body"),
            LayoutReason.BylineAboveBody => ("attribution and date models", "a byline or dateline above the body"),
            LayoutReason.Credit => ("attribution model", "a reporting or republication credit, the article's wherever it stands"),
            LayoutReason.Phrase => ("phrase table", $"a boilerplate phrase ({line.Phrase?.Phrase}) on a line that is not long body prose"),
            LayoutReason.PhraseAmongBoilerplate => ("PhraseNeighbourPass", $"a strong phrase ({line.Phrase?.Phrase}) between two boilerplate lines"),
            LayoutReason.SeparatedMenu => ("LineFeatureReader", "a line of items separated by | · •, or a section name in a menu"),
            LayoutReason.MenuRun => ("MenuPass", "in a run of short list or link items"),
            LayoutReason.TeaserLink => ("LineFeatureReader", "a link-only line of several words: a teaser's headline"),
            LayoutReason.UnderRelatedLabel => ("RelatedLabelPass", "under a related-content label such as 'Most read'"),
            LayoutReason.CutOffTeaser => ("TeaserRunPass", "in a run of titles or excerpts each cut off by an ellipsis: a list of other stories"),
            LayoutReason.GluedTeaser => ("TeaserRunPass", "in a run of cards whose title is glued to its blurb: a list of other stories"),
            LayoutReason.FormField => ("LineFeatureReader", "a form's text field as a text browser prints it (underscores, or spaces in brackets)"),
            LayoutReason.Caption => ("LineFeatureReader", "a photo caption, credit or image label"),
            LayoutReason.SocialUrl => ("LineFeatureReader", "a social-media post URL"),
            LayoutReason.TimeStamp => ("LineFeatureReader", "a timestamp on a line of its own"),
            LayoutReason.Masthead => ("LineFeatureReader", "a masthead or lone section label above the body"),
            LayoutReason.Duplicate => ("DuplicatePass", $"repeats line {line.DuplicateOf + 1}"),
            LayoutReason.ClutterInBody => ("BodyFinder", $"clutter inside the body: {shape}"),
            LayoutReason.OutsideBody => ("BodyFinder", $"outside the body, and {shape}"),
            _ => ("", ""),
        };
    }
}

/// <summary>The article body (1-based lines) and, for every non-blank line, its class and why the layout gave it.</summary>
/// <param name="HardWrapWidth">The column a hard-wrapped text was wrapped at (its lines are laid out joined), or null.</param>
public sealed record InspectedLayout(int? BodyStart, int? BodyEnd, int? HardWrapWidth, IReadOnlyList<InspectedLineClass> Lines);

/// <param name="Line">1-based line number.</param>
/// <param name="Class">The line's class (a CL2xxx rule reports each non-article class).</param>
/// <param name="Place">Before, inside or after the body.</param>
/// <param name="Prose">The jusText-like class of the line on its own.</param>
/// <param name="Reason">The decision that gave the class.</param>
/// <param name="DecidedBy">The pass of the layout (src/CorpusLint.Core/Model/Layout) that made that decision.</param>
/// <param name="Why">The decision in words.</param>
/// <param name="Signals">The yes/no features of the line, its own and those its passes found.</param>
/// <param name="Phrase">The boilerplate phrase found on the line, if any.</param>
/// <param name="DuplicateOf">The 1-based line this one repeats, if any.</param>
public sealed record InspectedLineClass(
    int Line,
    string Class,
    string Place,
    string Prose,
    string Reason,
    string DecidedBy,
    string Why,
    int Words,
    double StopWordShare,
    double LinkDensity,
    int Sentences,
    IReadOnlyList<string> Signals,
    string? Phrase,
    int? DuplicateOf,
    string Text);
