namespace CorpusLint.Model.Layout;

/// <summary>Which decision of the layout gave a line its class: <c>inspect</c> names it so a user can see why.</summary>
public enum LayoutReason
{
    Blank,

    /// <summary>A line of the YAML front matter: the document's record (its title, author, dates), not its text.</summary>
    FrontMatter,

    /// <summary>A Markdown link definition (<c>[ref]: target</c>): where the text's links lead, not its text.</summary>
    LinkDefinition,

    /// <summary>Prose inside the body (BodyFinder and its passes chose the body).</summary>
    BodyProse,

    /// <summary>A short line inside the body: a subheading, a list item, a label of the article.</summary>
    ShortLineInBody,

    /// <summary>A line between two parts of the body that reads as the article's own (a short sentence, a list's heading).</summary>
    ArticleLineInGap,

    /// <summary>Code, a table or program output inside the body.</summary>
    Preformatted,

    /// <summary>A Markdown image inside the body: the article's picture.</summary>
    PictureInBody,

    /// <summary>A list of descriptive items, or an ordered list, inside the body.</summary>
    ListInBody,

    /// <summary>Short items inside the body that a line of the body introduces: the article's list, not a menu.</summary>
    IntroducedList,

    /// <summary>A line of a document too short to have chrome around an article (no body, a few lines, a sentence).</summary>
    ShortDocument,

    /// <summary>A line of the few from the document's first above the body that show no chrome: the article's header in text kept without its page.</summary>
    PlainHeader,

    /// <summary>The headline right above the body (with a kicker in capitals under it), or the document's first lines above it (HeadlinePass).</summary>
    Headline,

    /// <summary>A byline or dateline above the body (attribution and date models).</summary>
    BylineAboveBody,

    /// <summary>A reporting or republication credit: the article's wherever it stands.</summary>
    Credit,

    /// <summary>A boilerplate phrase on a line that is not long body prose.</summary>
    Phrase,

    /// <summary>A long line with a strong phrase between two boilerplate lines (PhraseNeighbourPass).</summary>
    PhraseAmongBoilerplate,

    /// <summary>A line of separated items, or a section name in a menu.</summary>
    SeparatedMenu,

    /// <summary>A run of menu items (MenuPass).</summary>
    MenuRun,

    /// <summary>A teaser's link-only headline.</summary>
    TeaserLink,

    /// <summary>Under a related-content label (RelatedLabelPass).</summary>
    UnderRelatedLabel,

    /// <summary>In a run of titles or excerpts each cut off by an ellipsis (TeaserRunPass).</summary>
    CutOffTeaser,

    /// <summary>In a run of cards whose title is glued to its blurb (TeaserRunPass).</summary>
    GluedTeaser,

    /// <summary>A form's text field as a text browser prints it.</summary>
    FormField,

    /// <summary>A photo caption, credit or image label.</summary>
    Caption,

    /// <summary>A social-media post URL.</summary>
    SocialUrl,

    /// <summary>A timestamp on a line of its own.</summary>
    TimeStamp,

    /// <summary>A masthead or lone section label above the body.</summary>
    Masthead,

    /// <summary>A repeat of an earlier line (DuplicatePass).</summary>
    Duplicate,

    /// <summary>Clutter inside the body (a link-dense line, a stray phrase).</summary>
    ClutterInBody,

    /// <summary>Outside the body found by BodyFinder, with nothing more specific to say.</summary>
    OutsideBody,
}
