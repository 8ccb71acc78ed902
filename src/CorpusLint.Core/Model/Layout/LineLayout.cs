namespace CorpusLint.Model.Layout;

/// <summary>
/// The features of one line that tell article text from page chrome, and the class the layout gives it.
/// </summary>
/// <param name="Index">0-based line index.</param>
/// <param name="Length">Characters of the line without surrounding whitespace.</param>
/// <param name="WordCount">Words on the line (see <see cref="Line.WordCount"/>).</param>
/// <param name="LinkDensity">Share of the line's characters inside <see cref="Document.Links"/>.</param>
/// <param name="StopWordShare">Share of the line's words that are stop words.</param>
/// <param name="SentenceMarks">Sentence-ending marks followed by a space or the line end.</param>
/// <param name="IsMenuItem">A list item or link-only line short enough to be a menu entry, or a line of separated items.</param>
/// <param name="DuplicateOf">Index of the first line with the same normalized text, or -1.</param>
/// <param name="Copies">How many lines of the document have this line's normalized text (1 when it is unique, 0 when too short to compare).</param>
/// <param name="Prose">The line's jusText-like class on its own.</param>
/// <param name="Place">Before, inside or after the body.</param>
/// <param name="Distance">Lines to the nearest body line (0 inside the body).</param>
/// <param name="Class">What the line is, by shape and place.</param>
/// <param name="InList">An item of a list of descriptive items (a product's features, a recipe's ingredients), not a menu, or a line of a section of such lists (a product's card).</param>
public readonly record struct LineLayout(
    int Index,
    int Length,
    int WordCount,
    double LinkDensity,
    double StopWordShare,
    int SentenceMarks,
    bool IsMenuItem,
    int DuplicateOf,
    int Copies,
    ProseClass Prose,
    BodyPlace Place,
    int Distance,
    LineClass Class,
    bool InList)
{
    /// <summary>The yes/no features the layout decided by, the line's own and those its passes found.</summary>
    public LineSignals Signals { get; init; }

    /// <summary>The boilerplate phrase found on the line, if any.</summary>
    public Language.PhraseMatch? Phrase { get; init; }

    /// <summary>The line as phrases and repeats are compared (<see cref="Language.BoilerplatePhrases.Normalize(ReadOnlySpan{char})"/>); empty for a blank line.</summary>
    public Language.NormalizedText Normalized { get; init; }

    /// <summary>Which decision of the layout gave the line its class.</summary>
    public LayoutReason Reason { get; init; }

    public bool IsBlank => Class == LineClass.Blank;

    public bool IsDuplicate => DuplicateOf >= 0;

    /// <summary>Article text, a subheading of it, or its headline.</summary>
    public bool IsArticle => Class is LineClass.Body or LineClass.Heading or LineClass.Title or LineClass.Byline;

    /// <summary>
    /// The article's text or a caption of its pictures: what sets the article's own styles (quotation marks, dates), as
    /// opposed to the menus, teasers and comments around it, which keep the site's and its readers'.
    /// </summary>
    public bool IsArticleOrCaption => IsArticle || Class == LineClass.Caption;

    /// <summary>Article prose inside the body: a phrase on such a line is content, not chrome.</summary>
    public bool IsBodyProse => Place == BodyPlace.Inside && Prose is ProseClass.Good or ProseClass.NearGood;

    /// <summary>
    /// A line with the shape of code or of preformatted text (<see cref="LineSignals.Code"/>, <see cref="LineSignals.Preformatted"/>),
    /// in the article or around it (a page's script): its marks, spaces and glued words are its syntax, which the quotation,
    /// spacing and glued-word rules leave alone and whose fixes would break it.
    /// </summary>
    public bool IsCodeShaped => (Signals & (LineSignals.Code | LineSignals.Preformatted)) != 0;

    /// <summary>
    /// A line of a code or preformatted block the article shows (a program, a shell session, a formula), which has its
    /// own syntax: not a line of prose the layout took for code ("dull :- &amp;lt;(").
    /// </summary>
    public bool IsArticleCode => Reason == LayoutReason.Preformatted && Prose is not (ProseClass.Good or ProseClass.NearGood);
}
