using System.Buffers;
using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// Gives each line its class from its features, the passes' marks and its place relative to the body, and says which
/// decision gave it (<see cref="LayoutReason"/>). The tests run in order; the first that holds decides.
/// </summary>
internal static class LineClassifier
{
    /// <summary>A copyright notice's marks: a footer's line of links that opens with one is its legal notice, not a menu.</summary>
    private static readonly SearchValues<string> CopyrightMarks =
        SearchValues.Create(["©", "copyright", "all rights reserved"], StringComparison.OrdinalIgnoreCase);

    private static bool IsCopyrightNotice(LayoutState state, int i) =>
        state.Features[i].Phrase is { Category: PhraseCategory.Legal }
        && state.Document.GetText(state.Document.Lines[i]).IndexOfAny(CopyrightMarks) >= 0;

    public static (LineClass Class, LayoutReason Reason) Classify(LayoutState state, int i, BodyPlace place, bool isHeadline)
    {
        var f = state.Features[i];
        var m = state.Marks[i];
        var options = state.Options;
        if (f.Blank)
        {
            return (LineClass.Blank, f.Has(LineSignals.FrontMatter) ? LayoutReason.FrontMatter : f.Has(LineSignals.LinkDefinition) ? LayoutReason.LinkDefinition : LayoutReason.Blank);
        }

        if (f.IsBylineOrDateline && place == BodyPlace.Before)
        {
            // Above the body a byline or dateline is the article's; between paragraphs it is a comment's or a teaser's.
            return (LineClass.Byline, LayoutReason.BylineAboveBody);
        }

        if (f.IsCredit && f.Phrase is null)
        {
            // Comments and teasers carry no reporting or republication credits: wherever it stands, it is the article's.
            return (LineClass.Byline, LayoutReason.Credit);
        }

        var inside = place == BodyPlace.Inside;
        if (inside && f.Has(LineSignals.Preformatted))
        {
            // Code and tables in the article: their brackets, keywords and repeated output lines are the article's.
            return (LineClass.Heading, LayoutReason.Preformatted);
        }

        if (inside && f.Has(LineSignals.Picture) && f.Phrase is null)
        {
            // An image the Markdown keeps between paragraphs is the article's; a text browser's "[photo]" is a remnant.
            return (LineClass.Heading, LayoutReason.PictureInBody);
        }

        if (f.IsTeaserLink && f.Phrase is null)
        {
            return (LineClass.Related, LayoutReason.TeaserLink);
        }

        if (m.Has(LineSignals.InCutOffRun))
        {
            return (LineClass.Related, LayoutReason.CutOffTeaser);
        }

        if (m.Has(LineSignals.InGluedTeaserRun))
        {
            return (LineClass.Related, LayoutReason.GluedTeaser);
        }

        if ((f.Separated && !IsCopyrightNotice(state, i))
            || (m.Has(LineSignals.MenuRun) && f.Phrase is { Category: PhraseCategory.Chrome, Strength: PhraseStrength.Whole }))
        {
            // "News", "Opinion", "Business" in a run of menu items are the menu, not stray labels; a footer's copyright
            // notice before its links ("© 2025 Gazette. All rights reserved. Privacy | Terms") is its legal line.
            return (LineClass.Navigation, LayoutReason.SeparatedMenu);
        }

        if (f.Phrase is { } phrase && phrase.Category != PhraseCategory.Caption
            && (!inside || (f.PhraseCountsAlone && (phrase.Strength != PhraseStrength.Weak || f.Words <= options.InsideWeakPhraseMaxWords))))
        {
            return (ClassOf(phrase.Category), LayoutReason.Phrase);
        }

        if (f.IsFormField)
        {
            // A text browser's form field ("Bookmark Title : ____", "[          ]Search"): the page's form, wherever it stands.
            return (LineClass.Chrome, LayoutReason.FormField);
        }

        if (f.IsCaption)
        {
            return (LineClass.Caption, LayoutReason.Caption);
        }

        if (f.IsSocialUrl)
        {
            return (LineClass.Social, LayoutReason.SocialUrl);
        }

        if (f.IsTimeStamp)
        {
            // A timestamp on a line of its own is page furniture even between paragraphs: a byline's, a comment's.
            return (LineClass.Boilerplate, LayoutReason.TimeStamp);
        }

        if (inside && (m.Has(LineSignals.InOrderedList) || m.Has(LineSignals.TableOfContents)))
        {
            return (f.IsProse ? LineClass.Body : LineClass.Heading, LayoutReason.ListInBody);
        }

        // A headline that repeats an earlier line is the copy over the text of a teaser of the page above it, or the line a
        // record's title field names (HeadlinePass): the article's headline, not a block printed twice.
        if (IsDuplicateBlock(state, i, inside) && !isHeadline)
        {
            return (LineClass.Duplicate, LayoutReason.Duplicate);
        }

        if (inside && f.IsProse)
        {
            return (LineClass.Body, LayoutReason.BodyProse);
        }

        if (m.Has(LineSignals.UnderRelatedLabel))
        {
            return (LineClass.Related, LayoutReason.UnderRelatedLabel);
        }

        if (isHeadline)
        {
            return (LineClass.Title, LayoutReason.Headline);
        }

        if (inside && m.Has(LineSignals.IntroducedList))
        {
            return (LineClass.Heading, LayoutReason.IntroducedList);
        }

        if (m.Has(LineSignals.MenuRun) && (!inside || f.LinkOnly || m.MenuRunWords < options.InBodyMenuItemWords))
        {
            return (LineClass.Navigation, LayoutReason.MenuRun);
        }

        if (inside && ((f.IsMenuItem && f.LinkDensity < options.ListItemMaxLinkDensity) || m.Has(LineSignals.InContentList)))
        {
            // A list in the article: bullets without links between paragraphs of the body.
            return (LineClass.Heading, LayoutReason.ListInBody);
        }

        if (f.IsTeaserLink)
        {
            return (LineClass.Related, LayoutReason.TeaserLink);
        }

        if (place == BodyPlace.Before && (f.IsSectionLabel || f.IsMasthead))
        {
            return (LineClass.Chrome, LayoutReason.Masthead);
        }

        if (inside && !m.Has(LineSignals.InGap))
        {
            // Numbers and rules alone, line after line between paragraphs, are what a chart left: not text to keep.
            return f.Prose == ProseClass.Bad || IsChartRemnant(state, i)
                ? (LineClass.Boilerplate, LayoutReason.ClutterInBody)
                : (LineClass.Heading, LayoutReason.ShortLineInBody);
        }

        if (inside && IsArticleLineInGap(state, i))
        {
            return (LineClass.Heading, LayoutReason.ArticleLineInGap);
        }

        if (state.IsShortDocument)
        {
            return (f.IsProse ? LineClass.Body : LineClass.Heading, LayoutReason.ShortDocument);
        }

        if (place == BodyPlace.Before && state.HasPlainHeader)
        {
            return (f.IsProse ? LineClass.Body : LineClass.Heading, LayoutReason.PlainHeader);
        }

        return (LineClass.Boilerplate, LayoutReason.OutsideBody);
    }

    /// <summary>A number or rule alone whose nearest lines are mostly numbers and rules alone too: the labels of a chart.</summary>
    private static bool IsChartRemnant(LayoutState state, int i)
    {
        if (!state.Features[i].Has(LineSignals.Decoration) || state.Features[i].Has(LineSignals.Preformatted) || IsSectionBreak(state, i))
        {
            return false;
        }

        // The lines around it on each side: a chart's labels come in numbers; a price stands alone.
        var window = state.Options.ChartWindowLines;
        var figures = 0;
        for (int before = state.PreviousNonBlank(i - 1), seen = 0; before >= 0 && seen < window; before = state.PreviousNonBlank(before - 1), seen++)
        {
            figures += state.Features[before].Has(LineSignals.Decoration) ? 1 : 0;
        }

        for (int after = state.NextNonBlank(i + 1), seen = 0; after >= 0 && seen < window; after = state.NextNonBlank(after + 1), seen++)
        {
            figures += state.Features[after].Has(LineSignals.Decoration) ? 1 : 0;
        }

        return figures >= state.Options.ChartMinFigures;
    }

    /// <summary>
    /// A rule (no figure) with prose near it on both sides: the break between two sections of the article ("___" over
    /// each question of a wire story), however regularly the rules recur.
    /// </summary>
    private static bool IsSectionBreak(LayoutState state, int i) =>
        !state.Features[i].Has(LineSignals.HasDigit) && HasProseWithin(state, i, -1) && HasProseWithin(state, i, +1);

    private static bool HasProseWithin(LayoutState state, int i, int direction)
    {
        var line = direction < 0 ? state.PreviousNonBlank(i - 1) : state.NextNonBlank(i + 1);
        for (var seen = 0; line >= 0 && seen < state.Options.ChartWindowLines; seen++)
        {
            if (state.Features[line].IsProse)
            {
                return true;
            }

            line = direction < 0 ? state.PreviousNonBlank(line - 1) : state.NextNonBlank(line + 1);
        }

        return false;
    }

    public static LineClass ClassOf(PhraseCategory category) => category switch
    {
        PhraseCategory.CallToAction => LineClass.CallToAction,
        PhraseCategory.Comment => LineClass.Comment,
        PhraseCategory.Related => LineClass.Related,
        PhraseCategory.Legal => LineClass.Legal,
        PhraseCategory.Social => LineClass.Social,
        PhraseCategory.Chrome => LineClass.Chrome,
        _ => LineClass.Caption,
    };

    /// <summary>
    /// A repeat of an earlier line that is a block printed twice (a headline or dek, a pasted paragraph): printed exactly
    /// twice, or long; inside the body a sentence, not a table header or shop button, nor a list item two products share.
    /// A paragraph printed twice, first above the body and then in it, is the article's where the body has it: the copy
    /// above is the chrome's (a share dialog or teaser quoting the lead) and is flagged where it stands. A headline repeated
    /// down a page (a teaser, a comment thread's title) ends no sentence and stays a duplicate.
    /// </summary>
    private static bool IsDuplicateBlock(LayoutState state, int i, bool inside)
    {
        var f = state.Features[i];
        var m = state.Marks[i];
        var options = state.Options;
        var inList = m.Has(LineSignals.InContentList) || m.Has(LineSignals.InListSection);
        return m.DuplicateOf >= 0 && !m.Has(LineSignals.InRecurringSeries) && (m.Copies == 2 || f.Words >= options.ManyCopiesMinWords)
            && (!inside || (f.Words >= options.InsideDuplicateMinWords && !inList && !IsQuotedAboveTheBody(state, i)));
    }

    private static bool IsQuotedAboveTheBody(LayoutState state, int i)
    {
        var m = state.Marks[i];
        var f = state.Features[i];
        return m.DuplicateOf < state.BodyStart && m.Copies == 2 && f.Prose == ProseClass.Good && f.EndsSentence;
    }

    /// <summary>
    /// Between two parts of the body, a short sentence ("Here are the steps."), a line introducing what follows ("It looks
    /// like this:") or the heading of a list of the article ("Ingredients") is the article's own; the gap's other lines keep the class they have outside it.
    /// </summary>
    private static bool IsArticleLineInGap(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.Prose == ProseClass.Short && f.Phrase is null && !f.IsCaption && !f.IsStamp && !f.IsMasthead && !state.IsDuplicate(i)
            && (state.Has(i, LineSignals.IntroducesList) || f.EndsWithColon || state.IsShortSentence(f));
    }
}
