namespace CorpusLint.Model.Layout;

/// <summary>
/// Every tuned number of the layout, named, with what it trades. <see cref="Default"/> is what the rules use; the
/// quality report chooses a few of them per site fold on the other folds to report held-out figures (SPEC §10).
/// </summary>
public sealed record LayoutOptions
{
    public static LayoutOptions Default { get; } = new();

    // ----- Prose classes: what a line is on its own (jusText) -----

    /// <summary>Words a line needs to be prose (Good): fewer let captions and teasers count as article, more lose short paragraphs.</summary>
    public int GoodMinWords { get; init; } = 10;

    /// <summary>Share of stop words prose has: lower takes lists of names for prose, higher loses terse technical prose.</summary>
    public double GoodMinStopShare { get; init; } = 0.25;

    /// <summary>Words after which a line without sentence punctuation is still prose (a paragraph that lost its full stop).</summary>
    public int GoodUnpunctuatedWords { get; init; } = 25;

    /// <summary>Words a line needs to be near-prose (NearGood): a short sentence, a dek.</summary>
    public int NearGoodMinWords { get; init; } = 6;

    /// <summary>Share of stop words of near-prose.</summary>
    public double NearGoodMinStopShare { get; init; } = 0.15;

    /// <summary>Words after which a line without sentence punctuation is still near-prose.</summary>
    public int NearGoodUnpunctuatedWords { get; init; } = 12;

    /// <summary>Share of a line's characters in links that makes it clutter unless it reads as sentences: lower loses short lines with links, higher keeps link lists.</summary>
    public double BadLinkDensity { get; init; } = 0.4;

    /// <summary>Most link density of a long line of items separated by commas that still counts as near-prose.</summary>
    public double CommaListMaxLinkDensity { get; init; } = 0.2;

    // ----- Preformatted text: code, program output, tables -----

    /// <summary>Share of stop words from which a line with symbols is prose, not code: higher takes terse prose for code.</summary>
    public double CodeMaxStopShare { get; init; } = 0.3;

    /// <summary>Share of stop words up to which a line with a code identifier (<c>lower_bound</c>, <c>res.json()</c>) is still code: SQL and shell read like words.</summary>
    public double CodeWithIdentifiersMaxStopShare { get; init; } = 0.5;

    /// <summary>Share of a line's visible characters that are code symbols ({}()=;$_/...) for it to read as code.</summary>
    public double CodeMinSymbolShare { get; init; } = 0.1;

    /// <summary>Gaps of several spaces that make a line a table row (columns): fewer takes a form field for a table.</summary>
    public int TableMinColumnGaps { get; init; } = 2;

    /// <summary>Spaces of the gap between a fact row's label and its value: fewer takes a sentence typed with two spaces after a full stop for a row.</summary>
    public int FactRowMinGap { get; init; } = 3;

    /// <summary>Most words of a fact row's label ("Surface area", "Water level in 2020").</summary>
    public int FactLabelMaxWords { get; init; } = 4;

    /// <summary>Most words of a fact row's value ("Three mountain streams and a weir").</summary>
    public int FactValueMaxWords { get; init; } = 8;

    /// <summary>Fact rows a block needs to be a fact box (a table): one or two are a form's fields or a byline's label.</summary>
    public int FactBoxMinRows { get; init; } = 3;

    /// <summary>Share of a block's lines that must be code or table rows for all of it to be preformatted (its bare keywords and identifiers too).</summary>
    public double PreformattedMinShare { get; init; } = 0.34;

    /// <summary>
    /// Most words of a line ending in sentence punctuation that can still be code (a comment, a log line): a longer one is
    /// a sentence that names an identifier or carries a file name ("update_graphic.png The deputies said ..."). Lower
    /// takes long code comments for prose.
    /// </summary>
    public int CodeMaxSentenceWords { get; init; } = 20;

    /// <summary>Most words of a bare line ("SELECT", "GROUP BY", "n NOT BETWEEN a AND b") that a block of code takes in.</summary>
    public int CodeBareLineMaxWords { get; init; } = 8;

    /// <summary>Fewest words of the indented line under a bracketed citation key (<c>[HTTP]</c>): a picture's one-word label under its image is none.</summary>
    public int CitationEntryMinWords { get; init; } = 3;

    /// <summary>Fewest words of a sentence in brackets that is text, not an image's label: an image's alt text rarely ends a sentence, but a short one may.</summary>
    public int BracketedSentenceMinWords { get; init; } = 4;

    /// <summary>Most characters of a number alone on its line that reads as a chart's or table's label ("$915", "’17").</summary>
    public int FigureMaxLength { get; init; } = 20;

    /// <summary>Most words of the label (and of a button) beside a text browser's form field (<c>Bookmark Title : ____</c>); more, and the underscores are a blank in a sentence.</summary>
    public int FormFieldLabelMaxWords { get; init; } = 4;

    // ----- Phrases -----

    /// <summary>Lines with more words than this are never judged by a weak phrase alone.</summary>
    public int WeakPhraseMaxWords { get; init; } = 8;

    /// <summary>Inside the body a weak phrase marks only a line this short.</summary>
    public int InsideWeakPhraseMaxWords { get; init; } = 6;

    /// <summary>Body prose longer than this is content even when it holds a strong phrase.</summary>
    public int StrongPhraseMaxWords { get; init; } = 60;

    /// <summary>
    /// A paragraph of this many words and <see cref="PromptInProseSentences"/> sentences is prose even with a prompt's strong
    /// phrase ("When those free trials are offered, give it a shot."): a promo that long is rare. Captions, comment forms and
    /// legal lines run long too, and keep their phrase.
    /// </summary>
    public int PromptInProseWords { get; init; } = 40;

    public int PromptInProseSentences { get; init; } = 3;

    // ----- Line shapes -----

    /// <summary>Most words of a bulleted line that reads as a menu entry: more is a list of the article.</summary>
    public int MenuItemMaxWords { get; init; } = 6;

    /// <summary>Most words of a link-only line that reads as a menu entry.</summary>
    public int LinkMenuItemMaxWords { get; init; } = 8;

    /// <summary>Items separated by | · • that make one line a menu ("Home | World | Business").</summary>
    public int SeparatedMenuItems { get; init; } = 3;

    /// <summary>Fewest words of a link-only line that reads as a teaser's headline.</summary>
    public int TeaserMinWords { get; init; } = 4;

    /// <summary>Link density of a teaser link.</summary>
    public double TeaserLinkDensity { get; init; } = 0.8;

    /// <summary>Words of an all-capitals line that reads as a masthead or tagline ("INDEPENDENT NEWS FROM RUSSIA").</summary>
    public int MastheadMinWords { get; init; } = 2;

    public int MastheadMaxWords { get; init; } = 8;

    /// <summary>Most characters of a lone lower-case section label ("politics").</summary>
    public int SectionLabelMaxLength { get; init; } = 20;

    /// <summary>Most words of a timestamp line (a date or time, "by" and an author).</summary>
    public int StampMaxWords { get; init; } = 14;

    /// <summary>Most words a timestamp line holds besides date words and numbers: an author ("by Joe Rossignol").</summary>
    public int StampOtherWords { get; init; } = 3;

    /// <summary>Most words of a line the attribution and date models can make a byline or dateline (longer is a sentence that mentions a date).</summary>
    public int BylineMaxWords { get; init; } = 15;

    // ----- Duplicates -----

    /// <summary>Fewest words of a line compared for repeats: menu items and labels repeat by nature.</summary>
    public int DuplicateMinWords { get; init; } = 3;

    /// <summary>Fewest characters of a line compared for repeats.</summary>
    public int DuplicateMinLength { get; init; } = 12;

    /// <summary>Fewest words of a line printed three or more times that is a duplicate block (fewer: a label, "Available from Amazon").</summary>
    public int ManyCopiesMinWords { get; init; } = 8;

    /// <summary>
    /// Fewest turns between two repeated lines (the next copy is the other line's) that make them a recurring series, not
    /// duplicates: five is each printed three times in turn. Fewer takes a teaser's headline and summary printed twice for
    /// a series; more lets a short interview's repeated questions be reported.
    /// </summary>
    public int SeriesMinTurns { get; init; } = 5;

    /// <summary>
    /// Share of the steps between two lines' copies, in the page's order, that must be turns: an interview where a guest
    /// skipped a question still takes turns; two blocks each printing one line over and over do not.
    /// </summary>
    public double SeriesMinTurnShare { get; init; } = 0.8;

    /// <summary>Fewest words of a repeat inside the body that is a duplicate block (fewer: a table header, a shop button, a list item two products share).</summary>
    public int InsideDuplicateMinWords { get; init; } = 8;

    // ----- The body: maximum-sum run of line scores -----

    /// <summary>
    /// Most non-blank lines of a document too short to have chrome around a body ("Title", "By Jane Roe", one sentence):
    /// when no run of prose scores as a body, its lines are the article's unless they show chrome themselves. More lets a
    /// page of a few unmarked menu lines and one sentence keep its menu; fewer flags a short note's only sentence as boilerplate.
    /// </summary>
    public int ShortDocumentMaxLines { get; init; } = 4;

    /// <summary>
    /// Score of a prose line: the base, plus its weight (characters) over <see cref="GoodWeightPerPoint"/>, however long the
    /// line: a page printed with its text nodes joined holds its whole article on one line, and a cap (800 characters)
    /// let a sidebar of six one-sentence blurbs outscore it (the Guardian's, WebMD's and eWeek's pages).
    /// </summary>
    public double GoodScore { get; init; } = 1.0;

    public double GoodWeightPerPoint { get; init; } = 250;

    public double NearGoodScore { get; init; } = 0.5;

    /// <summary>Cost of a short line (heading, label, name): higher cuts bodies at their subheadings, lower lets menus join the body.</summary>
    public double ShortScore { get; init; } = -0.35;

    /// <summary>Cost of a clutter line (menu item, phrase, link-dense).</summary>
    public double BadScore { get; init; } = -1.0;

    /// <summary>Score a further run of prose needs to join the body across a gap.</summary>
    public double MinBridgedScore { get; init; } = 2.5;

    /// <summary>Most non-blank lines of a gap the body is bridged across.</summary>
    public int MaxGapLines { get; init; } = 30;

    /// <summary>
    /// Most entries of a box above the body that the body is bridged across (an article's own "Further reading" box
    /// after its first paragraphs); more, and the box is a section of other stories above the article.
    /// </summary>
    public int BoxMaxEntries { get; init; } = 4;

    /// <summary>
    /// Least score of the prose above such a box for the body to take it in (lower than <see cref="MinBridgedScore"/>:
    /// a label and a few titles are a narrower gap than any run of chrome, so a lead of one or two paragraphs is enough).
    /// </summary>
    public double MinBridgedAcrossBoxScore { get; init; } = 1.5;

    /// <summary>
    /// Phrases of the table (as it writes them) by which a page says its article goes on below a box set into it: a gap
    /// holding one is bridged however many lines or menu entries the box holds ("Continue reading" alone is a teaser's
    /// link to the rest elsewhere, not one of them).
    /// </summary>
    public IReadOnlyList<string> ContinuationPhrases { get; init; } =
        ["story continues below", "article continues below", "continue reading below", "continue reading the main story", "story continues", "article continues"];

    /// <summary>Menu items in a row that make a gap a menu, not an interruption of the article.</summary>
    public int MaxGapMenuItems { get; init; } = 5;

    /// <summary>Menu items of fewer words than this a run averages count towards <see cref="MaxGapMenuItems"/> (longer: a list of the article).</summary>
    public double GapMenuItemWords { get; init; } = 3;

    /// <summary>Most words of a gallery's label beside its pictures ("View all (23)", "1 of 5").</summary>
    public int GalleryLabelMaxWords { get; init; } = 3;

    /// <summary>Most lines (image lines and captions) in a gap that only pictures fill.</summary>
    public int MaxPictureGapLines { get; init; } = 6;

    /// <summary>The prose a run must hold to join the body across pictures: one line of prose (NearGood) or more.</summary>
    public double MinProseAcrossPictures { get; init; } = 0.5;

    /// <summary>Timestamps that make a stream of teasers or comments closing the body.</summary>
    public int StreamMinItems { get; init; } = 3;

    /// <summary>Most paragraphs between two timestamps of a stream.</summary>
    public int StreamParagraphs { get; init; } = 4;

    /// <summary>Most lines between two timestamps of a stream.</summary>
    public int StreamSpacing { get; init; } = 16;

    /// <summary>
    /// Most lines between a comment thread's opening line ("62 comments") and its form ("Post comment", a login field),
    /// a sort menu or a sign-in link between them: more would take a line of the next story's chrome for the form.
    /// </summary>
    public int CommentFormMaxLines { get; init; } = 8;

    /// <summary>
    /// Most lines that are not prose between two comments of a thread: a scraper that prints each text node on its line
    /// gives a signature ten lines and a comment's formula more. It also bounds how far a page of comment lines with no
    /// prose is read after each of them.
    /// </summary>
    public int CommentGapMaxLines { get; init; } = 64;

    /// <summary>
    /// What a run above a stream must score to be the body when the body found was only the stream's first item: one line
    /// of prose (<see cref="GoodScore"/>), less than <see cref="MinBridgedScore"/>, for anything above is likelier the
    /// article than a reader's comment (a podcast's one paragraph of episode notes).
    /// </summary>
    public double MinBodyAboveStreamScore { get; init; } = 1.0;

    /// <summary>
    /// Lines of prose the body may open with above a stamp that is still the article's dateline, not a stream's first
    /// item: a standfirst under the headline. More, and the stamp dates something inside the page.
    /// </summary>
    public int StandfirstMaxParagraphs { get; init; } = 1;

    /// <summary>Fewest words of a short sentence that goes on with the prose around it ("The refreshing autumn sky!").</summary>
    public int ShortSentenceMinWords { get; init; } = 3;

    /// <summary>Share of stop words of such a short sentence.</summary>
    public double ShortSentenceMinStopShare { get; init; } = 0.2;

    /// <summary>
    /// Fewest lines of prose that make what follows the body, showing no chrome to the document's end, the article's
    /// whatever else it holds (BodyEdgePass): fewer lets a list of other stories' headlines with a blurb or two in; more
    /// leaves a short plan or recipe outside the body.
    /// </summary>
    public int PlainEndMinProseLines { get; init; } = 2;

    /// <summary>
    /// Most lines above the body that are taken for the article's header when none shows chrome (a title, a fixture box,
    /// a dek, a byline and date). More is a table of contents or a list of links, not a header.
    /// </summary>
    public int PlainStartMaxLines { get; init; } = 8;

    /// <summary>
    /// Most of those lines that may read as headlines (title case, unpunctuated): a fixture box or a dek has one or two;
    /// above it, a list of other stories is mostly headlines. Higher keeps more teaser lists; lower, more fact boxes.
    /// </summary>
    public double PlainStartMaxHeadlineShare { get; init; } = 0.5;

    /// <summary>
    /// Unpunctuated title-case lines that make a rest without prose a list of other stories' headlines, not the article's
    /// (BodyEdgePass): one is a last heading or a score line; fewer than two would leave a match report's line-ups out.
    /// </summary>
    public int PlainEndHeadlineList { get; init; } = 2;

    /// <summary>
    /// Largest share of bare lines (no punctuation mark: a label, a headline, a page number) in such a rest without prose
    /// that is still the article's (BodyEdgePass): line-ups, scores and credits are punctuated; a list of teasers or a
    /// pagination is bare. More takes sentence-case headline lists in; less leaves a line-up with a bare fixture out.
    /// </summary>
    public double PlainEndMaxBareShare { get; init; } = 0.5;

    /// <summary>Fewest words of a short sentence right under the last paragraph that closes the article.</summary>
    public int ClosingSentenceMinWords { get; init; } = 4;

    /// <summary>Share of stop words of such a closing sentence.</summary>
    public double ClosingSentenceMinStopShare { get; init; } = 0.25;

    /// <summary>Most captions between the body and a paragraph above them that still belongs to the body.</summary>
    public int MaxCaptionsAbove { get; init; } = 3;

    // ----- Lists -----

    /// <summary>Items that make a list (of the article, or a menu).</summary>
    public int ListMinItems { get; init; } = 3;

    /// <summary>Most words of a line of a list written without markers.</summary>
    public int UnmarkedListItemWords { get; init; } = 25;

    /// <summary>Words an item of a content list must average: a menu's items have one or two.</summary>
    public int ContentListMinAverageWords { get; init; } = 2;

    /// <summary>Words of the longest item a content list needs: a list of tags has none this long.</summary>
    public int ContentListMinLongestItem { get; init; } = 3;

    /// <summary>
    /// Teasers in a row (each cut off by an ellipsis, or each a card's title glued to its blurb) that make a list of other
    /// stories: fewer could be an article's trailing thought, a quoted fragment or one scraping slip.
    /// </summary>
    public int TeaserRunMinLines { get; init; } = 3;

    /// <summary>Most words of a card's title glued to its blurb: a headline's length; a longer capitalised run is a list of names.</summary>
    public int GluedTitleMaxWords { get; init; } = 15;

    /// <summary>Fewest words of the blurb after a glued title: a sentence, not a second title or a name.</summary>
    public int GluedBlurbMinWords { get; init; } = 8;

    /// <summary>Most words of a cut-off title or excerpt in such a run: longer lines are paragraphs that trail off.</summary>
    public int CutOffItemMaxWords { get; init; } = 20;

    /// <summary>Most words of a phrase-bearing label between two lists of a list section ("Buy now", "Shop").</summary>
    public int CardLabelMaxWords { get; init; } = 3;

    /// <summary>Non-blank lines looked at on each side of a number alone to tell a chart's labels from a price.</summary>
    public int ChartWindowLines { get; init; } = 3;

    /// <summary>Numbers or rules alone among those lines that make it a chart's remnant.</summary>
    public int ChartMinFigures { get; init; } = 2;

    /// <summary>Fewest words of an item of a list closing the article (tour dates, a table of results).</summary>
    public int ClosingListItemMinWords { get; init; } = 3;

    /// <summary>Words an item of a closing list averages when no heading introduces it.</summary>
    public int ClosingListItemAverageWords { get; init; } = 4;

    /// <summary>
    /// Most lines between the body and a reference list below it (a "See also" list, the headings of notes and references):
    /// higher reaches a page's own numbered lists under its footer; lower loses references under a long "See also".
    /// </summary>
    public int ReferencesMaxLinesAbove { get; init; } = 12;

    /// <summary>Most link density of an item of a list of the article: an item may link a part of itself (a venue, a product); a list whose items are more links than text is a list of links.</summary>
    public double ListItemMaxLinkDensity { get; init; } = 0.5;

    /// <summary>Inside the body, a run of menu items averaging fewer words than this is a menu; longer, a list of the article.</summary>
    public double InBodyMenuItemWords { get; init; } = 2;

    /// <summary>Most non-blank lines between two lists of a list section (a product's name, price, picture, buy button).</summary>
    public int MaxCardLines { get; init; } = 10;

    /// <summary>Paragraphs a related card holds under its headline (a teaser or two); an article's stretch between two related boxes holds more.</summary>
    public int CardMaxParagraphs { get; init; } = 2;

    /// <summary>Non-blank lines a related card holds under its label (headline, picture, credit, teasers); more are the article's.</summary>
    public int CardMaxLines { get; init; } = 10;

    /// <summary>Average words an item of at least one list of a list section: more than a list of tags has.</summary>
    public double ListSectionItemWords { get; init; } = 3.0;

    /// <summary>Most lines from one numbered item to the next of an ordered list (blank lines included).</summary>
    public int OrderedListMaxSpacing { get; init; } = 6;

    /// <summary>Most unnumbered lines continuing an item of an ordered list (a reference's publisher, date and link).</summary>
    public int OrderedListMaxContinuationLines { get; init; } = 3;

    /// <summary>A line of prose longer than this between two numbered items ends the list: it is a paragraph, not a continuation.</summary>
    public int OrderedListMaxContinuationWords { get; init; } = 40;

    /// <summary>Most words of a numbered section's label ("Step 2: Cut the foam"): more takes a sentence opening with a number for a label.</summary>
    public int NumberedSectionLabelMaxWords { get; init; } = 8;

    /// <summary>
    /// Most non-blank lines from one numbered section's label to the next (its text, pictures, captions): more lets labels
    /// far apart tie unrelated prose into one body, fewer loses steps with a gallery.
    /// </summary>
    public int NumberedSectionMaxLines { get; init; } = 12;

    /// <summary>Share of a list's items that must come back as headings below for it to be a table of contents.</summary>
    public double TableOfContentsMinShare { get; init; } = 0.6;

    /// <summary>Lines under a related-content label ("Most read") that it claims.</summary>
    public int RelatedLabelReach { get; init; } = 20;

    // ----- The headline -----

    /// <summary>Most lines between the document's first line and the body for that line to be the headline.</summary>
    public int MaxHeadlineDistance { get; init; } = 6;

    /// <summary>Most words of the headline right above the body.</summary>
    public int TitleMaxWords { get; init; } = 25;

    /// <summary>
    /// Most words of a kicker in capitals between the headline and the body ("EXCLUSIVE", "SPECIAL REPORT"): a label the
    /// headline pass looks past. Longer, and a masthead or a shouted teaser would be taken for the article's kicker.
    /// </summary>
    public int KickerMaxWords { get; init; } = 2;

    /// <summary>Most words of a line of the document's first lines taken for its headline and deks.</summary>
    public int HeadlineMaxWords { get; init; } = 30;

    /// <summary>
    /// Fewest words of the headline over a byline. A line of fewer over a dateline is read as the author's name (headline,
    /// name, date), and the headline looked for above it; more, and a short headline ("Hermitian matrix") would be.
    /// </summary>
    public int TitleAboveBylineMinWords { get; init; } = 4;

    /// <summary>
    /// Most lines between a headline and the byline below it: a dek of one sentence, the author's name (printed twice by
    /// some sites), a "Follow" button. More, and a teaser's title far above a byline would be taken for the article's.
    /// </summary>
    public int MaxLinesBetweenHeadlineAndByline { get; init; } = 3;

    /// <summary>
    /// Most lines of text (the header's furniture not counted) above the body searched for a headline that sums up the
    /// lead, where no byline marks it. More reaches past the header into menus and teasers that may share its words.
    /// </summary>
    public int MaxHeadlineLeadDistance { get; init; } = 8;

    /// <summary>Words of the body's start a headline is compared with: about its first two sentences, its lead.</summary>
    public int LeadWords { get; init; } = 60;
}
