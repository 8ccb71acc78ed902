namespace CorpusLint.Model.Layout;

/// <summary>
/// The yes/no features of a line the layout decides by: what the line shows on its own (measured once, read-only) and
/// what a pass found about it among its neighbours. <c>inspect</c> prints them beside each line's class.
/// </summary>
[Flags]
public enum LineSignals : long
{
    None = 0,

    // ----- Measured on the line alone -----

    /// <summary>Ends in sentence punctuation.</summary>
    EndsSentence = 1L << 0,

    /// <summary>Ends in a colon: introduces what follows ("Tour dates:").</summary>
    EndsWithColon = 1L << 1,

    /// <summary>Starts with a bullet or number.</summary>
    ListItem = 1L << 2,

    /// <summary>Nothing but links and separators.</summary>
    LinkOnly = 1L << 3,

    HasDigit = 1L << 4,

    /// <summary>Four or more words in title case, like a headline: as a list item, a teaser link's title.</summary>
    HeadlineItem = 1L << 5,

    /// <summary>A short list item or link-only line, or a line of separated items: a menu entry.</summary>
    MenuItem = 1L << 6,

    /// <summary>Three or more items separated by | · • ("Home | World | Business").</summary>
    Separated = 1L << 7,

    /// <summary>A photo caption or credit, a wire-photo slug, a bracketed image label.</summary>
    Caption = 1L << 8,

    /// <summary>A social-media post URL left from an embed.</summary>
    SocialUrl = 1L << 9,

    /// <summary>The signature under an embedded post: <c>— The Senate (@NGRSenate) October 9, 2018</c>.</summary>
    PostSignature = 1L << 10,

    /// <summary>A link-only line of four or more words: a teaser's headline.</summary>
    TeaserLink = 1L << 11,

    /// <summary>A short all-capitals line: a masthead or tagline.</summary>
    Masthead = 1L << 12,

    /// <summary>One lower-case word alone ("politics").</summary>
    SectionLabel = 1L << 13,

    /// <summary>A date or time and little else (<c>Nov. 19, 2019 8:03 am ET</c>, <c>By X 2 days ago</c>).</summary>
    Stamp = 1L << 14,

    /// <summary>A stamp with a time of day or "ago": a comment's or a teaser's, not a dateline.</summary>
    TimeStamp = 1L << 15,

    /// <summary>A byline or dateline found by the attribution and date models.</summary>
    BylineOrDateline = 1L << 16,

    /// <summary>A credit closing an article ("Reporting by X; Editing by Y", "Originally published on Z").</summary>
    Credit = 1L << 17,

    /// <summary>Its boilerplate phrase decides the line alone (see <see cref="LineLayout.Phrase"/>).</summary>
    PhraseCountsAlone = 1L << 18,

    /// <summary>Starts with a number marker ("12. "): an ordered list's item, never a menu entry.</summary>
    NumberedItem = 1L << 19,

    /// <summary>Reads as source code, a shell command or program output: symbols, few stop words.</summary>
    Code = 1L << 20,

    /// <summary>A row of a table: cells separated by runs of spaces or by box-drawing bars.</summary>
    TableRow = 1L << 21,

    /// <summary>No word at all: a rule, a lone bullet, a number alone (a chart's or table's label).</summary>
    Decoration = 1L << 22,

    /// <summary>In a paragraph of code or table rows: preformatted text, which says nothing of where the article is.</summary>
    Preformatted = 1L << 23,

    /// <summary>
    /// A form's text field as a text browser prints it, with at most a short label and a button beside it
    /// (<c>Bookmark Title : ____________________</c> in lynx, <c>[                    ]Search</c> in w3m): chrome, not a
    /// table's row nor a rule.
    /// </summary>
    FormField = 1L << 48,

    /// <summary>In a hard-wrapped paragraph, judged with the lines a hard wrap (<see cref="HardWraps"/>) or its sentences carry it across.</summary>
    Wrapped = 1L << 24,

    /// <summary>A fact row: a short label, one wide gap, a short value (<c>Length      14 km</c>), as an infobox prints them.</summary>
    FactRow = 1L << 25,

    /// <summary>A bracketed name heading the lines under it: a citation key over its reference, a configuration file's section (BracketedHeads).</summary>
    BracketedHead = 1L << 26,

    /// <summary>Program output under a shell command, up to the next blank line: part of the command's block (TextBlocks).</summary>
    ProgramOutput = 1L << 27,

    /// <summary>Nothing but Markdown images (<see cref="LineShapes.IsPictureOnly"/>): a picture of the page, not a link to another story.</summary>
    Picture = 1L << 28,

    /// <summary>Cites a source as a reference list does (<see cref="LineShapes.CitesSource"/>): "221. ^ ...", "Retrieved 9 May 2018".</summary>
    Citation = 1L << 29,

    /// <summary>A line of the YAML front matter (<see cref="Document.FrontMatterLines"/>): the document's record, laid out as a blank line.</summary>
    FrontMatter = 1L << 30,

    /// <summary>A Markdown link definition (<see cref="LinkKind.Definition"/>): where the text's links lead, laid out as a blank line.</summary>
    LinkDefinition = 1L << 31,

    // ----- Found by a pass, among the neighbours -----

    /// <summary>In a run of two or more menu items (MenuPass).</summary>
    MenuRun = 1L << 32,

    /// <summary>A repeat of an earlier line (DuplicatePass).</summary>
    Duplicate = 1L << 33,

    /// <summary>One of three or more short lines in a row, in a document that marks none of its lists (ContentListPass).</summary>
    InUnmarkedList = 1L << 34,

    /// <summary>An item of a list of descriptive items, not a menu (ContentListPass).</summary>
    InContentList = 1L << 35,

    /// <summary>A short line right above a content list: its heading (ContentListPass).</summary>
    IntroducesList = 1L << 36,

    /// <summary>A line of a section of lists that carries the body on (BodyEdgePass).</summary>
    InListSection = 1L << 37,

    /// <summary>Between two parts of the body the bridge joined (BodyBridgePass).</summary>
    InGap = 1L << 38,

    /// <summary>Under a related-content label that claims it (RelatedLabelPass).</summary>
    UnderRelatedLabel = 1L << 39,

    /// <summary>An entry of a table of contents: its items come back below as the article's headings (TableOfContentsPass).</summary>
    TableOfContents = 1L << 41,

    /// <summary>An item of an ordered list (three or more numbered items in sequence), or a line continuing one (OrderedListPass).</summary>
    InOrderedList = 1L << 40,

    /// <summary>An item of a run of short items inside the body that a line of the body introduces (IntroducedListPass).</summary>
    IntroducedList = 1L << 42,

    /// <summary>A line of an article in numbered sections ("Step 1", "Step 2") the body takes in whole (NumberedSectionsPass).</summary>
    InNumberedSections = 1L << 43,

    /// <summary>
    /// A repeated line of a series: two or more lines printed in turn, as often as each other (an interview putting the same
    /// questions to every guest, a plan repeating its steps each day): the article's structure, not a block printed twice (DuplicatePass).
    /// </summary>
    InRecurringSeries = 1L << 44,

    /// <summary>
    /// Taken into the body by its edges or across a gap for what it is not (a closing list, a stretch showing no chrome),
    /// not for its prose: where a site's unmarked chrome would stand, so the corpus-wide pass still compares it (CL2012).
    /// </summary>
    TakenIntoBody = 1L << 45,

    /// <summary>Ends cut off by an ellipsis right after a word ("Watch Tywin sire a vampire in the 'Dracula..."): a title or excerpt shortened to fit a box.</summary>
    EndsCutOff = 1L << 46,

    /// <summary>In a run of lines each cut off by an ellipsis: a list of other stories' titles or excerpts (TeaserRunPass).</summary>
    InCutOffRun = 1L << 47,

    /// <summary>
    /// Opens with a title in title case glued to a sentence, the space between a card's two elements lost in scraping
    /// ("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled ...").
    /// </summary>
    GluedTitle = 1L << 49,

    /// <summary>In a run of such cards: a list of other stories (TeaserRunPass).</summary>
    InGluedTeaserRun = 1L << 50,
}
