using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using CorpusLint.Text;

namespace CorpusLint.Model.Attribution;

/// <summary>
/// Finds bylines, source credits and front-matter metadata. It reads one line at a time in a plain
/// form where Markdown links are replaced by their labels (so "By [Maxim Samorukov](#)" reads as
/// "By Maxim Samorukov"), and maps what it finds back to offsets in the document.
/// </summary>
internal static partial class AttributionScanner
{
    /// <summary>A capitalised word or an initial, or a surname with its particle glued on ("deAgonia", "d'Amato", "al-Sadr").</summary>
    private const string NameWord = $@"(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*|\p{{Lu}}\.|{GluedParticle}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*)";
    /// <summary>The particles a surname may have glued on (<see cref="PersonNameCheck"/> reads the same).</summary>
    internal const string GluedParticle = @"(?:de|di|da|du|del|la|le|van|von|d['’]|al-|el-)";
    /// <summary>A picture a text browser prints by its address or file name: a word of 20 characters or more ending in a digit or an address's mark.</summary>
    private const string PictureAddress = @"\S{20,}?[\p{N}%/.]\s?";

    private const string Particle = @"(?:de|di|da|del|della|dos|das|du|van|von|der|den|ter|la|le|al|el|bin|ibn|ben|y|St\.?)";
    private const string Name = $@"{NameWord}(?:\s+(?:{Particle}\s+){{0,2}}{NameWord}){{0,4}}";
    private const string Names = $@"{Name}(?:\s*(?:,|\band\b|&)\s*{Name}){{0,4}}";

    private const string Agencies =
        @"(?:The\s+)?(?:Associated\s+Press|Reuters|AP|AFP|Agence\s+France[- ]Presse|Bloomberg(?:\s+News)?|dpa|DPA|Xinhua|UPI|PA(?:\s+Media)?|Press\s+Association|ANSA|EFE|IANS|PTI|TASS|Tass|ANI|Kyodo(?:\s+News)?|Yonhap|Interfax|RIA\s+Novosti|Anadolu(?:\s+Agency)?|AAP|Canadian\s+Press|CP|CNA|Bernama|Al\s+Jazeera)";

    private const string AgencyWords = $@"(?:{Agencies}|(?:news\s+|wire\s+)?agencies|wire\s+services|news\s+services|staff\s+and\s+agencies|{NewsroomReports})";

    /// <summary>A newsroom's collective credit: "Staff reports", "Staff and wire reports", "From news service reports".</summary>
    private const string NewsroomReports = @"(?:staff|wire|news\s+service)(?:\s+(?:and|&)\s+(?:wire|news\s+service|agency))?\s+reports?";

    // Cheap vectorized keyword tests that gate the regexes below: most lines of an article contain none of them.
    private static readonly SearchValues<string> BioRoles = SearchValues.Create(
        ["reporter", "editor", "correspondent", "writer", "columnist", "contributor", "journalist", "producer", "author", "blogger", "fellow", "analyst", "commentator", "photographer", "freelancer", "intern", "researcher"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The titles that end <see cref="NameWithTitleLine"/>: without one of them the regex cannot match.</summary>
    private static readonly SearchValues<string> StaffTitles = SearchValues.Create(
        ["writer", "reporter", "correspondent", "contributor", "editor", "columnist", "journalist", "critic", "staff"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PublicationWords = SearchValues.Create(
        ["originally", "first published", "first appeared", "first ran", "first posted", "first printed", "first aired"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "by", ignoring case, as a vectorized search: with invariant globalization <c>IndexOf(..., OrdinalIgnoreCase)</c>
    /// compares character by character, at every line of every article.
    /// </summary>
    private static readonly SearchValues<string> ByWord = SearchValues.Create(["by"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> ByOrEditorMark = SearchValues.Create(["by", "ed."], StringComparison.OrdinalIgnoreCase);

    /// <summary>The role words of <see cref="ByRoleLine"/>: without one of them the regex cannot match.</summary>
    private static readonly SearchValues<string> RoleWords = SearchValues.Create(
        ["written", "story", "words", "text", "compiled", "edited", "editing", "reporting", "writing", "reported", "research", "produced", "posted",
            "submitted", "contributing", "contributor", "author", "byline", "writer", "updated", "analysis", "opinion", "commentary", "interview",
            "review", "essay", "reporter", "correspondent", "columnist", "report", "article", "column", "post", "contributed", "guest"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>"reporting from", ignoring case, searched vectorized as <see cref="ByWord"/> is (every line of every article).</summary>
    private static readonly SearchValues<string> ReportingFrom = SearchValues.Create(["reporting from "], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> RepublicationWords = SearchValues.Create(
        ["republished", "reprinted", "reproduced", "crossposted", "cross-posted", "syndicated"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that follow "By" at the start of a sentence that is not a byline ("By then", "By contrast").</summary>
    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
        """
        then now contrast comparison far the this that these those its his her their our my your all most some
        late early mid next last end time way law definition design default nature virtue means chance mistake
        night day noon midnight morning evening afternoon monday tuesday wednesday thursday friday saturday sunday
        january february march april june july august september october november december spring summer autumn fall
        winter christmas easter tomorrow today yesterday tonight car train air plane bus road sea land email phone
        mail post hand foot default itself himself herself themselves doing making taking using being having getting
        any every each no one two three four five ten hundred thousand million billion
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words of <see cref="NotNames"/> that are given names too ("By April Glaser", "By June Roe"): with a surname after
    /// them and a byline's end after that, a name ("By April, the ferry ..." and "By June 2020" stay prose).
    /// </summary>
    private static readonly FrozenSet<string> GivenNameWords = FrozenSet.ToFrozenSet(["april", "june", "august", "summer", "autumn", "winter"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles that name a person in a story, not an author in a bio ("Mr Forsyth is a wonderful writer").</summary>
    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "President", "Senator", "Rev"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AuthorKeys = FrozenSet.ToFrozenSet(
        ["author", "authors", "byline", "creator", "creators", "writer", "writers", "by", "editor", "contributors"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SourceKeys = FrozenSet.ToFrozenSet(
        ["source", "sources", "url", "canonical_url", "canonical", "original_url", "source_url", "publisher", "original_source", "link", "permalink"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "By X" or "By: X" at the start of a line (after indentation, bullets, slashes or brackets), or after a separator ("yas! | By X |
    /// April 13, 2020"), or after the author's picture named by its alternative text ("Hill By Jemele Hill": the
    /// <c>picture</c> group, which must name the author, or be the section a template prints before the byline: "News By
    /// Jane Roe"); "By By X" when a template prints its cue before a name stored with its own; "ByX" when a lost space
    /// glued the cue to the name; a lower-case "by X" (which counts only in the header). A picture a text browser prints by
    /// its address or file name may stand right before "By" on the same line (<c>…lzax.6d630By Jane Roe</c>: the
    /// <c>address</c> group, a word of 20 characters or more ending in a digit or an address's mark).
    /// </summary>
    [GeneratedRegex($@"^(?>\s*)(?:[^\p{{L}}\p{{N}}]*|.{{0,40}}?\s[|•·]\s*|(?<address>{PictureAddress})(?=By\s)|(?<picture>\p{{Lu}}[\p{{L}}'’\-]*(?:\s+\p{{Lu}}[\p{{L}}'’\-]*){{0,2}})\s+)(?:(?<cue>By|BY):?\s+(?:By\s+)?|(?<cue>By)(?=\p{{Lu}}\p{{Ll}})|(?<cue>by)\s+)(?<name>{Names})(?<rest>.*)$")]
    private static partial Regex ByLine();

    /// <summary>
    /// The byline of another language's page: "Von Anna Berger", "Par Anne Berger | 12 mars 2025", "Текст: Анна Берг·24
    /// сентября 2018"; whether the cue is the document's language's is <see cref="LocalBylineCues"/>'s to say.
    /// </summary>
    [GeneratedRegex($@"^(?:[^\p{{L}}\p{{N}}]*|.{{0,40}}?\s[|•·]\s*)(?:(?<cue>Von|VON|Par|PAR|Por|POR|Di|DI|Door|DOOR)\s+|(?<cue>Autor|Autorin|Autora|Auteur|Autrice|Autore|Texte|Texto|Testo|Tekst|Text|Автор|Текст)\s*:\s*)(?<name>{Name})(?<rest>.*)$")]
    private static partial Regex LocalByLine();

    [GeneratedRegex($@"(?:^[^\p{{L}}\p{{N}}]*|[(;|•]\s*)(?:(?<kind>(?i:Written|Story|Words|Text|Compiled|Edited|Editing|Reporting|Additional\s+reporting|Writing|Reported|Research|Produced|Posted|Submitted|Updated|Analysis|Opinion|Commentary|Interview|Review|Essay|Report|Article|Column|Post|Contributed|(?:A\s+)?guest\s+(?:post|column|essay|article)|Text\s+and\s+(?:photos|pictures|photographs)))\s+(?i:by):?|(?<kind>Contributing|Contributors?|CONTRIBUTING|(?i:Authors?|Byline|Writer|Reporters?|Correspondent|Columnist|Words|Story))\s*:)\s+(?<name>{Names})(?=(?<rest>.*))")]
    private static partial Regex ByRoleLine();

    /// <summary>A picture's address or file name before "By" at a line's start (the <c>address</c> group of <see cref="ByLine"/>).</summary>
    private static bool OpensWithAddressBeforeBy(ReadOnlySpan<char> text) =>
        text.Contains("By ", StringComparison.Ordinal) && AddressBeforeBy().IsMatch(text);

    [GeneratedRegex($@"^\s*{PictureAddress}By\s")]
    private static partial Regex AddressBeforeBy();

    /// <summary>A line that is only an author label: "Author:", "Written by", "By:", "About the author".</summary>
    [GeneratedRegex(@"^[\s*_>•#-]*(?i:authors?|byline|writer|written\s+by|by|about\s+the\s+authors?)\s*:?[\s*_]*$")]
    private static partial Regex AuthorLabelLine();

    /// <summary>A line that is only a name (or names): the value under an "Author:" label.</summary>
    [GeneratedRegex($@"^[^\p{{L}}\p{{N}}]*(?<name>{Names})[\s*_.]*$")]
    private static partial Regex NameAlone();

    /// <summary>A biography that opens with its subject's name and goes on in lower case: "Jane Roe covers the harbour ...".</summary>
    [GeneratedRegex($@"^[^\p{{L}}\p{{N}}]*(?<name>{NameWord}(?:\s+(?:{Particle}\s+){{0,2}}{NameWord}){{1,3}})\s+\p{{Ll}}")]
    private static partial Regex NameOpensBio();

    private static bool IsAuthorLabel(Document document, Line above) =>
        !above.IsBlank && above.WordCount <= 3 && AuthorLabelLine().IsMatch(document.GetText(above));

    /// <summary>The most blank or picture rows between an author label and the name under it (an author box's photo).</summary>
    private const int MaxRowsUnderAuthorLabel = 3;

    /// <summary>
    /// The row of the author label over row <paramref name="row"/> ("Author:", or the document's language's cue: "Von"),
    /// right above it, over the author's picture (<c>Author</c> / <c>[7ce0d5e1]</c> / blank / <c>Jane Roe</c>: an author
    /// box) or over a blank line (<c>by</c> / blank / <c>Jane Roe</c>: a printer that puts each element of a page in a
    /// paragraph of its own); -1 when there is none.
    /// </summary>
    private static int LabelRowAbove(Document document, int row, LocalBylineCues? local)
    {
        var above = row - 1;
        for (var skipped = 0; above >= 0 && skipped < MaxRowsUnderAuthorLabel && (document.Lines[above].IsBlank || IsPictureRow(document, document.Lines[above])); above--)
        {
            // A picture a wrapper carried over several rows counts once: its first row.
            skipped += document.LinkAt(document.Lines[above].Start) is { } link && link.Start < document.Lines[above].Start ? 0 : 1;
        }

        if (above < 0)
        {
            return -1;
        }

        var line = document.Lines[above];
        return IsAuthorLabel(document, line) || (local is not null && LocalCueAbove(document, line, local)) ? above : -1;
    }

    /// <summary>
    /// A line that is only a picture: a text browser's placeholder (<c>[7ce0d5e1]</c>, pandoc's <c>[]</c>), a Markdown image or a linked one
    /// (<c>[![](jane.jpg)](/authors/jane)</c>), or the rest of such a picture a wrapper carried on to it.
    /// </summary>
    private static bool IsPictureRow(Document document, Line line)
    {
        var row = document.GetText(line);
        var text = row.Trim();
        if (text.Length >= 2 && text[0] == '[' && text[^1] == ']' && text[1..^1].IndexOfAny('[', ']') < 0)
        {
            return true;
        }

        var first = line.Start + (row.Length - row.TrimStart().Length);
        var last = line.Start + row.TrimEnd().Length;
        return text.Length > 0 && document.LinkAt(first) is { } link && link.End >= last
            && (link.Kind == LinkKind.Image || (link.LeadingPicture(document.Text) is { } picture && picture.End == link.LabelStart + link.LabelLength));
    }

    /// <summary>
    /// A line that is only a byline cue or an author's box label of the document's language ("Par", "Von:", "L'AUTEUR",
    /// "Über den Autor"), its name printed under it.
    /// </summary>
    private static bool LocalCueAbove(Document document, Line above, LocalBylineCues local) =>
        !above.IsBlank && above.WordCount <= MaxLocalBoxLabelWords && local.IsBoxLabel(document.GetText(above));

    /// <summary>Most words of a local author's box label ("À propos de l'auteur").</summary>
    private const int MaxLocalBoxLabelWords = 4;

    /// <summary>Capitalised words that end a name the name pattern ran into ("By Jane Roe Updated Jan. 3").</summary>
    private static readonly FrozenSet<string> NameStoppers = FrozenSet.ToFrozenSet(
        ["Updated", "Published", "Posted", "Follow", "Last", "Photo", "Photos", "Video", "Share", "Email", "Comments", "Contact", "Read", "More"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words that carry a credit on after its name: "Posted by Jane Roe on March 3", "Written by Jane Roe for the Gazette".</summary>
    private static readonly FrozenSet<string> CreditLinkWords = FrozenSet.ToFrozenSet(
        ["on", "at", "for", "in", "from", "with", "and", "via", "of", "to", "based", "updated", "published", "posted", "reporting", "editing"],
        StringComparer.Ordinal);

    /// <summary>
    /// The role's name opens a sentence, not a credit: a lower-case word other than a credit's link follows it ("Research by
    /// Harvard University found that ...", "Analysis by Harbour Bank shows ...").
    /// </summary>
    private static bool GoesOnAsSentence(string rest)
    {
        var after = rest.AsSpan().TrimStart();
        if (after.IsEmpty || !char.IsLower(after[0]))
        {
            return false;
        }

        var end = after.IndexOfAnyExcept(LowerLetters);
        var word = end < 0 ? after : after[..end];
        return !CreditLinkWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>"By Jane Roe, a reporter ..." on a line too long for a byline alone: the byline with its author's role.</summary>
    [GeneratedRegex(@"^\s*,\s+(?:an?|the|our)\s")]
    private static partial Regex RoleAfterName();

    /// <summary>
    /// "By Jane Roe | Thu Jun. 6, 2013 ... The council voted ...": a bar after the name closes a header's byline, whatever
    /// follows it on the line (a printer that joins a page's lines runs the header into the text).
    /// </summary>
    [GeneratedRegex(@"^\s*\|")]
    private static partial Regex BarAfterName();

    /// <summary>A byline alone is short: longer lines are sentences that open with "By" ("By Facebook, Google and Apple, the market ...").</summary>
    private const int MaxBylineWords = 16;

    /// <summary>Most words of a line "Jane Roe reported from Paris, and John Doe from London." that is a credit, not prose.</summary>
    private const int MaxReportedFromWords = 14;

    /// <summary>
    /// A name and its staff title alone on a line, the byline of sites that print no "By": "Jane Roe, Staff Writer",
    /// "Jane Roe | Senior Contributor", "Jane Roe, Forbes Staff", "Jane Roe, staff writer at The Harbour Gazette".
    /// </summary>
    [GeneratedRegex($@"^[^\p{{L}}\p{{N}}]*(?<name>{Name}(?:\s+(?:and|&)\s+{Name})?)\s*[,|—–]\s*(?:[\p{{L}}.&'’\-]+\s+){{0,3}}(?i:writer|reporter|correspondent|contributor|editor|columnist|journalist|critic|staff)s?(?:\s+(?:at|for|of|with)\s+[^,;:]{{1,40}}?)?[\s*_.]*$")]
    private static partial Regex NameWithTitleLine();

    /// <summary>
    /// A name and the button that mails its writer, alone on a line: "Jane Roe Contact Reporter", "Jane RoeContact
    /// Reporter" (a text browser glues the button to the name), the byline of a newspaper template with no "By".
    /// </summary>
    [GeneratedRegex($@"^[^\p{{L}}\p{{N}}]*(?<name>{Name})\s?Contact\s+(?:Reporter|Writer|the\s+(?:reporter|writer))[\s*_.]*$")]
    private static partial Regex NameWithContactButtonLine();

    /// <summary>
    /// A name and the story's reading time, the byline of blog templates with no "By": "Jane Roe · 5 min read", "Jane Roe ·
    /// Oct 19, 2017 · 5 min read".
    /// </summary>
    [GeneratedRegex($@"^[^\p{{L}}\p{{N}}]*(?<name>{Name}(?:\s+(?:and|&)\s+{Name})?)\s*[·•|—–-]\s*(?:[^·•|]{{1,30}}[·•|]\s*)?\d{{1,3}}\s*(?i:min(?:ute)?s?)\.?\s+read\b")]
    private static partial Regex NameWithReadingTimeLine();

    /// <summary>The words that end <see cref="NameWithReadingTimeLine"/>: without them the regex cannot match.</summary>
    private static readonly SearchValues<string> ReadingTimeWords = SearchValues.Create(["min read", "mins read", "minute read", "minutes read"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The name of a line that is a name and its staff title (<see cref="NameWithTitleLine"/>), a name and its contact
    /// button (<see cref="NameWithContactButtonLine"/>, where a name printed twice is one: "Jane Roe Jane RoeContact
    /// Reporter") or a name and the reading time (<see cref="NameWithReadingTimeLine"/>); null for any other line.
    /// </summary>
    private static BylineName? TitledName(string text) =>
        NameWithTitleLine().Match(text) is { Success: true } titled ? BylineName.Whole(titled.Groups["name"])
        : NameWithContactButtonLine().Match(text) is { Success: true } contact ? BylineName.Cut(contact.Groups["name"], "", NameStoppers)
        : text.AsSpan().IndexOfAny(ReadingTimeWords) >= 0 && NameWithReadingTimeLine().Match(text) is { Success: true } timed ? BylineName.Whole(timed.Groups["name"])
        : null;

    /// <summary>Most words of a <see cref="NameWithTitleLine"/>: a byline alone, not a sentence.</summary>
    private const int MaxNameWithTitleWords = 12;

    /// <summary>
    /// A Korean paper's byline, printed under the article: a name of two to four syllables and its title, either way round,
    /// and the writer's address ("최윤호 기자 uknow@example.com", "칼럼니스트 박생강 name@example.com").
    /// </summary>
    [GeneratedRegex(@"^[\s*_>•\-]*(?:(?<name>[가-힣]{2,4})\s*(?:기자|특파원|선임기자|객원기자|칼럼니스트|논설위원|편집위원|통신원)|(?:칼럼니스트|논설위원|편집위원)\s+(?<name>[가-힣]{2,4}))(?:\s+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)?[\s*_.]*$")]
    private static partial Regex KoreanBylineLine();

    /// <summary>Most words of a <see cref="KoreanBylineLine"/>: a name, a title and an address.</summary>
    private const int MaxKoreanBylineWords = 4;

    [GeneratedRegex($@"^[\s*_>]*(?:ed|Ed|ED)\.\s+(?<name>{Names})[\s*_.]*$")]
    private static partial Regex EditorLine();

    [GeneratedRegex($@"^[\s*_>]*(?<name>{NameWord}(?:\s+(?:{Particle}\s+){{0,2}}{NameWord}){{1,3}})\s+(?i:(?:is|was|has\s+been|serves\s+as)\s+(?:(?:a|an|the|our|currently|now|also|formerly|former)\s+)*(?:(?!among\b|one\b|of\b|not\b)[\p{{L}}\-]+\s+){{0,3}}?(?<role>reporter|editor|correspondent|writer|columnist|contributor|journalist|producer|author|blogger|fellow|analyst|commentator|photographer|freelancer|intern|researcher)\b(?:\s+(?:at|for|of|with|in|to|based|who|and)\b|\s*[,.;]|\s*$))")]
    private static partial Regex AuthorBio();

    /// <summary>
    /// An author's box printed on one line: the name, the picture's placeholder, and the biography, which opens with the
    /// name again ("Jane Roe [jane-roe] Jane Roe is a reporter…", "… Jane Roe est journaliste…"): in any language.
    /// </summary>
    [GeneratedRegex($@"^[\s*_>]*(?<name>{NameWord}(?:\s+(?:{Particle}\s+){{0,2}}{NameWord}){{1,3}})\s*(?:\[[^\[\]]{{0,80}}\]\s*)?\k<name>\s+\p{{Ll}}")]
    private static partial Regex NameOverOwnBio();

    /// <summary>
    /// A signature after a dash at the end of a letter, an essay or a testimonial: the name, and at most two short words
    /// of place or role after commas ("— Jane Roe", "— Jane Roe, Leeds", "— Jane Roe, retired teacher, Millbrook").
    /// </summary>
    [GeneratedRegex($@"^[\s*_]*(?:[—–]|--)\s*(?<name>{NameWord}(?:\s+(?:{Particle}\s+){{0,2}}{NameWord}){{1,3}})(?:,\s+[\p{{L}}\p{{M}}.'’-]+(?:\s+[\p{{L}}\p{{M}}.'’-]+)?){{0,2}}[\s*_.]*$")]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"^[\s*_>]*(?:Sources?|SOURCES?)\s*:\s*(?<source>\S.*?)[\s*_]*$")]
    private static partial Regex SourceLine();

    [GeneratedRegex($@"(?:^|\p{{Lu}}[\p{{Lu}}\p{{M}}.,' ]*\s)\((?<agency>{Agencies}(?:\s*/\s*{Agencies})?)\)\s*(?:[-—–:]|$)")]
    private static partial Regex AgencyDateline();

    [GeneratedRegex($@"^[\s*_(\[]*(?:[—–\-]{{1,2}}\s*)?(?:(?:with|via|from|by|source|credit)\s*:?\s+)?(?<agency>{AgencyWords}(?:\s*(?:[/,&+]|\band\b|\bwith\b)\s*{AgencyWords})*)[\s*_.)\]]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyLine();

    [GeneratedRegex(@"\b(?:(?:was|were|is|been)\s+)?(?:originally|first)\s+(?:published|appeared|ran|posted|printed|aired)\b(?:\s+(?:in|on|by|at)\b\s*(?<source>[^.;]*))?", RegexOptions.IgnoreCase)]
    private static partial Regex OriginallyPublished();

    [GeneratedRegex(@"\b(?:this|the)\s+(?:article|story|piece|post|essay|column|op-ed|report|interview|version|commentary|blog|text|analysis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisArticle();

    [GeneratedRegex(@"^[\s*_>(\[]*(?:This\s+(?:article|story|piece|post|essay|column)\s+(?:was|is|has\s+been)\s+)?(?:republished|reprinted|reproduced|cross-?posted|syndicated)\b(?:\s+(?:from|with|by|courtesy\s+of|under)\b\s*(?<source>[^.;]*))?", RegexOptions.IgnoreCase)]
    private static partial Regex Republished();

    [GeneratedRegex(@"\b(?<source>[\p{Lu}][^.;:]{0,80}?)\s+contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b")]
    private static partial Regex ContributedToThisReport();

    /// <summary>
    /// The credit that closes a story by naming who helped: "Jane Roe contributed reporting.", "Jane Roe reported from
    /// Paris.", "Additional reporting from Jane Roe."
    /// </summary>
    [GeneratedRegex($@"^[^\p{{L}}\p{{N}}]*(?:(?<source>{Names})\s+(?:contributed\s+(?:additional\s+)?(?:reporting|research)\b|(?<reportedFrom>reported\s+from\s))|(?i:additional\s+reporting\s+from)\s+(?<source>{Names})[\s.]*$)")]
    private static partial Regex ContributorsLine();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w\-]*)\s*:\s*(?<value>.*)$")]
    private static partial Regex FrontMatterEntry();

    [GeneratedRegex(@"^\s+-\s+(?<item>.+)$|^\s*-\s+(?<item>.+)$")]
    private static partial Regex FrontMatterItem();

    public static DocumentAttribution Scan(Document document)
    {
        var bylines = new List<Byline>();
        var credits = new List<SourceCredit>();
        var metadata = new List<MetadataEntry>();
        var firstLine = ScanFrontMatter(document, bylines, credits, metadata);
        var links = document.Links;
        var linkIndex = 0;
        var lines = document.Lines;
        var lastProseLines = LastNonBlankLines(lines, 6);
        var local = LocalBylineCues.For(document.Languages.StopWordLanguage);
        var localDates = Dates.LocalDateWords.For(document.Languages.StopWordLanguage);
        for (var i = firstLine; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            while (linkIndex < links.Count && links[linkIndex].End <= line.Start)
            {
                linkIndex++;
            }

            // A line a hard wrap carried on from the line above is the middle of a sentence ("by Verizon in a deal..."),
            // not a line of its own, unless what carried it on was a link's address: after the link the line is its own
            // (html2text wraps a picture's address: "![Jane](https://example.org/jane-" / "roe.jpg)By Jane Roe"), or a
            // picture's address opens it before a "By" (a word too long for the line above: "…6d630 By Jane Roe").
            var opensInLink = linkIndex < links.Count && links[linkIndex].Start < line.Start && links[linkIndex].HidesSyntax;
            var label = LabelRowAbove(document, i, local);
            if ((label < 0 && !MayCarryAttribution(document.GetText(line), line.WordCount))
                || (document.HardWraps?.RunsOn(i - 1) == true && !opensInLink && !OpensWithAddressBeforeBy(document.GetText(line))))
            {
                continue;
            }

            var plain = PlainLine.Create(document, line, links, linkIndex);
            if (label >= 0 && !IsPictureRow(document, line) && NameAlone().Match(plain.Text) is { Success: true } labelled)
            {
                // "Author:" on the line above, the name on this one (a template's label and value): the byline is both lines.
                bylines.Add(MakeByline(BylineKind.WrittenBy, lines[label].Start, line.End, plain, BylineName.Cut(labelled.Groups["name"], "", NameStoppers)) with { IsAuthorBox = true });
                continue;
            }

            if (label >= 0 && NameOpensBio().Match(plain.Text) is { Success: true } bio)
            {
                // "About the author" over "Jane Roe covers the harbour ...": the box's biography opens with the name.
                bylines.Add(MakeByline(BylineKind.AuthorBio, lines[label].Start, line.End, plain, BylineName.Cut(bio.Groups["name"], "", NameStoppers)) with { IsAuthorBox = true });
                continue;
            }

            if (local is not null && LocalByline(line, plain, LogicalWordCount(document, i), local, localDates) is { } localByline)
            {
                bylines.Add(localByline);
                continue;
            }

            var following = document.HardWraps?.RunsOn(i) == true ? document.Text.AsMemory(lines[i + 1].Start, lines[i + 1].Length) : default;
            ScanLine(line, plain, LogicalWordCount(document, i), i >= lastProseLines, following, following.IsEmpty ? 0 : lines[i + 1].Start, bylines, credits);
        }

        return bylines.Count + credits.Count + metadata.Count == 0
            ? DocumentAttribution.None
            : new DocumentAttribution(bylines, credits, metadata);
    }

    /// <summary>
    /// A byline in the document's language (<see cref="LocalBylineCues"/>): its cue, a name that is no month or weekday
    /// ("Von Montag bis Freitag"), and after the name nothing, a separator, a date or the words a dateline goes on with
    /// ("publiziert am"); anything else makes the line a sentence ("Von Hamburg nach Berlin").
    /// </summary>
    private static Byline? LocalByline(Line line, PlainLine plain, int words, LocalBylineCues local, Dates.LocalDateWords? dates)
    {
        if (words > MaxBylineWords || LocalByLine().Match(plain.Text) is not { Success: true } match || !local.Cues.Contains(match.Groups["cue"].Value))
        {
            return null;
        }

        var name = BylineName.Whole(match.Groups["name"]);
        var first = FirstWord(name.Value);
        if (dates is not null && dates.Words.TryGetValue(first, out _))
        {
            return null;
        }

        var tail = match.Groups["rest"].Value.AsSpan().Trim();
        var next = tail.IndexOfAny(' ', ',');
        var nextWord = next < 0 ? tail : tail[..next];
        return tail.IsEmpty || tail[0] is ',' or '|' or '-' or '–' or '—' or '(' or '/' or '•' or '·' or ';' || char.IsAsciiDigit(tail[0])
            || local.DatelineWords.Contains(nextWord) || (dates is not null && dates.Words.TryGetValue(nextWord, out _))
            ? MakeByline(BylineKind.By, line.Start, line.End, plain, name)
            : null;
    }

    /// <summary>
    /// The gates of <see cref="ScanLine"/> in one cheap test: most lines of an article are long prose that no
    /// byline or credit pattern can match, and need neither a plain copy nor a regex. A line holding invisible characters
    /// is read in its plain copy, without them ("corre&#173;spondent").
    /// </summary>
    private static bool MayCarryAttribution(ReadOnlySpan<char> text, int words) =>
        words <= 12
        || (words <= 30 && text.ContainsAny(ByOrEditorMark))
        || (text.Contains('|') && text.ContainsAny(ByOrEditorMark))
        || text.Contains('(')
        || text.IndexOfAny(BioRoles) >= 0
        || text.IndexOfAny(PublicationWords) >= 0
        || text.IndexOfAny(RepublicationWords) >= 0
        || text.Contains(" contributed ", StringComparison.Ordinal)
        || text.TrimStart(" \t*_>").StartsWith("source", StringComparison.OrdinalIgnoreCase)
        || text.ContainsAny(InvisibleCharacters.All)
        || OpensWithRepeatedWord(text);

    /// <summary>The most words a name may run to before its repeat in <see cref="NameOverOwnBio"/> (four and two particles).</summary>
    private const int MaxWordsBeforeNameRepeat = 6;

    /// <summary>
    /// Whether the line's first word, capitalised, comes again after nothing but capitalised words, name particles and a
    /// picture's placeholder: the cheap test a <see cref="NameOverOwnBio"/> line passes ("Jane Roe [jane] Jane …").
    /// </summary>
    private static bool OpensWithRepeatedWord(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart(" \t*_>");
        var first = WordLength(rest);
        if (first < 2 || !char.IsUpper(rest[0]))
        {
            return false;
        }

        var name = rest[..first];
        rest = rest[first..];
        for (var words = 0; words <= MaxWordsBeforeNameRepeat; words++)
        {
            rest = rest.TrimStart(' ');
            if (!rest.IsEmpty && rest[0] == '[' && rest.IndexOf(']') is var close and > 0)
            {
                rest = rest[(close + 1)..].TrimStart(' ');
            }

            var length = WordLength(rest);
            if (length == 0)
            {
                return false;
            }

            var word = rest[..length];
            if (word.SequenceEqual(name))
            {
                return true;
            }

            if (!char.IsUpper(word[0]) && !PersonNameCheck.Particle.Contains(word))
            {
                return false;
            }

            rest = rest[length..];
        }

        return false;

        static int WordLength(ReadOnlySpan<char> span)
        {
            var length = 0;
            while (length < span.Length && (char.IsLetter(span[length]) || (length > 0 && span[length] is '.' or '\'' or '’' or '-')))
            {
                length++;
            }

            return length;
        }
    }

    /// <summary>Whether the line opens, past white space and Markdown marks, with "ed." as <see cref="EditorLine"/> needs.</summary>
    private static bool OpensWithEditorMark(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '_' or '>'))
        {
            start++;
        }

        return text.AsSpan(start).StartsWith("ed.", StringComparison.OrdinalIgnoreCase);
    }

    private static int LastNonBlankLines(IReadOnlyList<Line> lines, int count)
    {
        var seen = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank && ++seen == count)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>
    /// The words of line <paramref name="i"/> and of the lines a hard wrap carries it on into: the length a byline's
    /// limits are measured on ("Produced by Bungie software, renowned for ..." is a sentence however it was wrapped).
    /// </summary>
    private static int LogicalWordCount(Document document, int i)
    {
        var words = ShownWordCount(document, document.Lines[i]);
        for (var k = i; document.HardWraps?.RunsOn(k) == true; k++)
        {
            words += ShownWordCount(document, document.Lines[k + 1]);
        }

        return words;
    }

    /// <summary>
    /// The words a reader sees on a line: on one that holds a link's syntax, not the link's address nor its title
    /// (<c>By [Jane Roe](https://… "More Articles by Jane Roe")</c> is a byline of three words).
    /// </summary>
    private static int ShownWordCount(Document document, Line line) =>
        document.GetText(line).Contains("](", StringComparison.Ordinal) || document.LinkAt(line.Start) is { HidesSyntax: true }
            ? document.GetWords(line).Length
            : line.WordCount;

    /// <summary>
    /// Whether the words before "By", if any, are the author's picture (the name's last words, or the whole name) or the
    /// section the template prints before the byline ("News By Jane Roe", "Opinion By Jane Roe").
    /// </summary>
    private static bool NamesTheAuthor(Group picture, Group cue, string name) =>
        !picture.Success || (name.EndsWith(picture.Value, StringComparison.Ordinal) && (name.Length == picture.Length || name[^(picture.Length + 1)] == ' '))
        || (cue.Value != "by" && picture.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => PersonNameCheck.IsChromeWord(word) && !MediaWords.Contains(word)));

    /// <summary>What a credit names before its "By" ("Photo By Jane Roe", "Video by ..."): the picture's maker, not the author.</summary>
    private static readonly FrozenSet<string> MediaWords = FrozenSet.ToFrozenSet(
        ["photo", "photos", "video", "videos", "gallery", "galleries", "podcast", "podcasts", "story", "stories", "tv", "television", "film", "films", "music"],
        StringComparer.OrdinalIgnoreCase);

    /// <param name="following">The next line's text when a hard wrap carries this one on into it, else empty.</param>
    /// <param name="followingStart">Where that next line starts in the document.</param>
    private static void ScanLine(Line line, PlainLine plain, int words, bool nearEnd, ReadOnlyMemory<char> following, int followingStart, List<Byline> bylines, List<SourceCredit> credits)
    {
        var text = plain.Text;

        var hasBy = text.AsSpan().ContainsAny(ByWord);
        if (hasBy && ByLine().Match(text) is { Success: true } by && BylineName.Cut(by.Groups["name"], by.Groups["rest"].Value, NameStoppers, following) is var name
            && (words <= MaxBylineWords || (RoleAfterName().IsMatch(name.Rest) && text.AsSpan().IndexOfAny(BioRoles) >= 0) || BarAfterName().IsMatch(name.Rest))
            && (name.EndsAtGlue || IsBylineName(name.Value, name.Rest)) && NamesTheAuthor(by.Groups["picture"], by.Groups["cue"], name.Value))
        {
            bylines.Add(MakeByline(BylineKind.By, line.Start, line.End, plain, name, followingStart) with { HeaderOnly = by.Groups["cue"].Value == "by" });
            AddAgencyAfterName(plain, name, credits);
        }
        else if (words <= 12 && OpensWithEditorMark(text) && EditorLine().Match(text) is { Success: true } editor)
        {
            bylines.Add(MakeByline(BylineKind.EditedBy, line.Start, line.End, plain, BylineName.Whole(editor.Groups["name"])));
        }
        else if (words <= MaxNameWithTitleWords && (text.AsSpan().IndexOfAny(StaffTitles) >= 0 || text.AsSpan().IndexOfAny(ReadingTimeWords) >= 0) && TitledName(text) is { } titled && !NotNames.Contains(FirstWord(titled.Value)))
        {
            // Without a cue the line counts only where a byline stands: in the header or the closing credit.
            bylines.Add(MakeByline(BylineKind.NameWithTitle, line.Start, line.End, plain, titled) with { HeaderOnly = true });
        }
        else if (words <= MaxKoreanBylineWords && text.AsSpan().IndexOfAnyInRange('\uAC00', '\uD7A3') >= 0 && KoreanBylineLine().Match(text) is { Success: true } korean)
        {
            // The title is the cue of a Korean byline, as "By" is of an English one.
            bylines.Add(MakeByline(BylineKind.By, line.Start, line.End, plain, BylineName.Whole(korean.Groups["name"])));
        }
        // A role line names its role before "by" or a colon: without either there is no match to look for.
        else if ((words <= 30 || text.StartsWith('(')) && (hasBy || text.Contains(':')) && text.AsSpan().IndexOfAny(RoleWords) >= 0)
        {
            foreach (Match role in ByRoleLine().Matches(text))
            {
                var kind = role.Groups["kind"].Value.ToLowerInvariant() switch
                {
                    "edited" or "editing" => BylineKind.EditedBy,
                    "reporter" or "reporters" or "correspondent" or "columnist" => BylineKind.WrittenBy,
                    var k when k.Contains("report", StringComparison.Ordinal) || k.StartsWith("contribut", StringComparison.Ordinal) => BylineKind.ReportingBy,
                    _ => BylineKind.WrittenBy,
                };
                var roleName = BylineName.Cut(role.Groups["name"], role.Groups["rest"].Value, NameStoppers);
                if (!NotNames.Contains(FirstWord(roleName.Value)) && !GoesOnAsSentence(roleName.Rest))
                {
                    // "Updated by Jane Roe Dec 10, 2016": who updated the story, its writer only where no byline names one.
                    var isUpdate = role.Groups["kind"].Value.Equals("updated", StringComparison.OrdinalIgnoreCase);
                    bylines.Add(MakeByline(kind, line.Start, line.End, plain, roleName) with { IsUpdateCredit = isUpdate });
                }
            }
        }

        var span = text.AsSpan();
        if (span.IndexOfAny(BioRoles) >= 0 && AuthorBio().Match(text) is { Success: true } bio && !NotNames.Contains(FirstWord(bio.Groups["name"].Value)) && !Honorifics.Contains(FirstWord(bio.Groups["name"].Value)))
        {
            var (start, end) = plain.Sentence(bio.Index);
            bylines.Add(MakeByline(BylineKind.AuthorBio, plain.ToDocument(start), plain.ToDocumentEnd(end), plain, BylineName.Whole(bio.Groups["name"])));
        }

        if (OpensWithRepeatedWord(span) && NameOverOwnBio().Match(text) is { Success: true } box && !NotNames.Contains(FirstWord(box.Groups["name"].Value)))
        {
            bylines.Add(MakeByline(BylineKind.AuthorBox, line.Start, line.End, plain, BylineName.Whole(box.Groups["name"])));
        }

        if (nearEnd && words <= 5 && !line.Has(LineShape.LinkOnly) && SignatureLine().Match(text) is { Success: true } signature && !AgencyLine().IsMatch(signature.Groups["name"].Value))
        {
            bylines.Add(MakeByline(BylineKind.Signature, line.Start, line.End, plain, BylineName.Whole(signature.Groups["name"])));
        }

        if (SourceLine().Match(text) is { Success: true } source)
        {
            credits.Add(MakeCredit(SourceCreditKind.SourceLine, line.Start, line.End, plain, source.Groups["source"]));
        }
        else if (words <= 8 && AgencyLine().Match(text) is { Success: true } agency)
        {
            credits.Add(MakeCredit(SourceCreditKind.Agency, line.Start, line.End, plain, agency.Groups["agency"]));
        }
        else if (span.Contains('(') && AgencyDateline().Match(text) is { Success: true } dateline)
        {
            var group = dateline.Groups["agency"];
            credits.Add(MakeCredit(SourceCreditKind.Agency, plain.ToDocument(group.Index - 1), plain.ToDocumentEnd(group.Index + group.Length + 1), plain, group));
        }

        if (span.IndexOfAny(RepublicationWords) >= 0 && Republished().Match(text) is { Success: true } republished)
        {
            var (start, end) = plain.Sentence(republished.Index);
            credits.Add(MakeCredit(SourceCreditKind.Republication, plain.ToDocument(start), plain.ToDocumentEnd(end), plain, republished.Groups["source"]));
        }
        else if (span.IndexOfAny(PublicationWords) >= 0 && OriginallyPublished().Match(text) is { Success: true } original)
        {
            var (start, end) = plain.Sentence(original.Index);
            var sentence = text[start..end];
            if ((ThisArticle().IsMatch(sentence) || (start == 0 && original.Index <= 4 && words <= 12))
                && !StartsWithDate(original.Groups["source"] is { Success: true } named ? named.ValueSpan : text.AsSpan(original.Index + original.Length)))
            {
                credits.Add(MakeCredit(SourceCreditKind.Republication, plain.ToDocument(start), plain.ToDocumentEnd(end), plain, original.Groups["source"]));
            }
        }
        else if (span.Contains(" contributed ", StringComparison.Ordinal) && ContributedToThisReport().Match(text) is { Success: true } contributed)
        {
            var (start, end) = plain.Sentence(contributed.Index);
            credits.Add(MakeCredit(SourceCreditKind.Republication, plain.ToDocument(start), plain.ToDocumentEnd(end), plain, contributed.Groups["source"]));
        }
        // "reported from" opens many a sentence of prose; as a credit it is a short line of its own.
        else if ((span.Contains(" contributed ", StringComparison.Ordinal) || span.ContainsAny(ReportingFrom) || span.Contains(" reported from ", StringComparison.Ordinal))
            && ContributorsLine().Match(text) is { Success: true } contributors && (!contributors.Groups["reportedFrom"].Success || words <= MaxReportedFromWords))
        {
            var (start, end) = plain.Sentence(contributors.Index);
            credits.Add(MakeCredit(SourceCreditKind.Republication, plain.ToDocument(start), plain.ToDocumentEnd(end), plain, contributors.Groups["source"]));
        }
    }

    /// <summary>The whole text names a news agency or agencies ("Associated Press", "AFP/Reuters").</summary>
    public static bool IsAgency(ReadOnlySpan<char> text) => AgencyLine().IsMatch(text);

    /// <summary>
    /// "First published on November 19, 2019" is a publication date, not a source: the text after the verb opens
    /// with a number, a month or a weekday.
    /// </summary>
    private static bool StartsWithDate(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(" \t:,-–—");
        var end = 0;
        while (end < rest.Length && char.IsLetterOrDigit(rest[end]))
        {
            end++;
        }

        var word = rest[..end];
        return !word.IsEmpty && (char.IsAsciiDigit(word[0])
            || Dates.DateWords.Lookup.TryGetValue(word, out var dateWord) && dateWord.Kind is Dates.DateWordKind.Month or Dates.DateWordKind.Weekday);
    }

    /// <summary>The name after "By" is a name, and what follows it is what follows a byline (nothing, an agency, a date, a separator).</summary>
    private static bool IsBylineName(string name, string rest)
    {
        var first = FirstWord(name);
        if (NotNames.Contains(first) && !(GivenNameWords.Contains(first) && name.Length > first.Length))
        {
            return name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && AgencyLine().IsMatch(name);
        }

        var tail = rest.Trim().TrimEnd('*', '_').Trim();
        return tail.Length == 0
            || tail[0] is ',' or '|' or '-' or '–' or '—' or '(' or '/' or '•' or '·' or ';' or '.' or ':' or '@'
            || NameStoppers.Contains(FirstWord(tail))
            || StartsWithDate(tail)
            || tail.StartsWith("on ", StringComparison.OrdinalIgnoreCase)
            || tail.StartsWith("for ", StringComparison.OrdinalIgnoreCase)
            || tail.StartsWith("in ", StringComparison.OrdinalIgnoreCase) && tail.Length < 40
            // "by Jane Roe in" / "[News](...) on Mar 9, 2017": a post's meta line a wrapper broke after its link word.
            || tail is "in" or "on" or "for"
            || char.IsAsciiDigit(tail[0]);
    }

    private static string FirstWord(string text)
    {
        var end = text.AsSpan().IndexOfAny(' ', '\t', ',');
        return (end < 0 ? text : text[..end]).TrimEnd('.', '’', '\'');
    }

    /// <param name="followingStart">Where the next line starts, for a name a hard wrap carried on to it (<see cref="BylineName.WrappedEnd"/>).</param>
    private static Byline MakeByline(BylineKind kind, int start, int end, PlainLine plain, BylineName name, int followingStart = 0)
    {
        var value = name.Value.TrimEnd('.', ',', ' ');
        var nameStart = plain.ToDocument(name.Index);
        if (name.WrappedEnd > 0)
        {
            // "By Jane" / "Roe": the name and the byline run on to the surname's end on the next line.
            var wrappedEnd = followingStart + name.WrappedEnd;
            return new Byline(kind, start, wrappedEnd - start, nameStart, wrappedEnd - nameStart, value, null);
        }

        var nameEnd = plain.ToDocumentEnd(name.Index + value.Length, overLinkSyntax: false);
        // A linked name a hard wrap carried on to the next line: the byline holds that line too (the header's marker).
        end = plain.EndOverLinks(end);
        return new Byline(kind, start, end - start, nameStart, nameEnd - nameStart, value, plain.LinkIn(nameStart, nameEnd));
    }

    /// <summary>"By Jane Roe, Reuters": the agency after the name is a source credit of its own, not a second author.</summary>
    private static void AddAgencyAfterName(PlainLine plain, BylineName name, List<SourceCredit> credits)
    {
        var rest = name.Rest.AsSpan();
        var trimmed = rest.TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != ',')
        {
            return;
        }

        var agency = trimmed[1..];
        var end = agency.IndexOfAny(",|•·(");
        agency = (end < 0 ? agency : agency[..end]).Trim();
        if (agency.IsEmpty || !AgencyLine().IsMatch(agency.ToString()))
        {
            return;
        }

        var index = name.Index + name.Value.Length + (rest.Length - trimmed.Length) + 1 + trimmed[1..].IndexOf(agency);
        var start = plain.ToDocument(index);
        var creditEnd = plain.ToDocumentEnd(index + agency.Length);
        credits.Add(new SourceCredit(SourceCreditKind.Agency, start, creditEnd - start, agency.ToString(), plain.LinkIn(start, creditEnd)));
    }

    private static SourceCredit MakeCredit(SourceCreditKind kind, int start, int end, PlainLine plain, Group source)
    {
        var value = source.Success ? source.Value.Trim().TrimEnd('.', ',', ' ') : string.Empty;
        return new SourceCredit(kind, start, end - start, value, plain.LinkIn(start, end));
    }

    /// <summary>YAML front matter (<c>---</c> ... <c>---</c>) at the top of a Markdown document. Returns the first line after it.</summary>
    private static int ScanFrontMatter(Document document, List<Byline> bylines, List<SourceCredit> credits, List<MetadataEntry> metadata)
    {
        var lines = document.Lines;
        if (document.Format != DocumentFormat.Markdown || document.FrontMatterLines == 0)
        {
            return 0;
        }

        var close = document.FrontMatterLines - 1;

        string? key = null;
        int keyStart = 0, valueEnd = 0;
        var values = new List<string>();
        void Flush()
        {
            if (key is null)
            {
                return;
            }

            var value = string.Join(", ", values.Where(v => v.Length > 0));
            var entry = new MetadataEntry(key, value, keyStart, valueEnd - keyStart);
            metadata.Add(entry);
            if (value.Length > 0 && AuthorKeys.Contains(key))
            {
                bylines.Add(new Byline(BylineKind.Metadata, entry.Start, entry.Length, entry.Start, entry.Length, value, null));
            }
            else if (value.Length > 0 && SourceKeys.Contains(key))
            {
                credits.Add(new SourceCredit(SourceCreditKind.Metadata, entry.Start, entry.Length, value, null));
            }

            key = null;
            values.Clear();
        }

        for (var i = 1; i < close; i++)
        {
            var line = lines[i];
            var text = document.GetText(line).ToString();
            if (key is not null && FrontMatterItem().Match(text) is { Success: true } item && !FrontMatterEntry().IsMatch(text))
            {
                values.Add(Unquote(item.Groups["item"].Value));
                valueEnd = line.End;
            }
            else if (FrontMatterEntry().Match(text) is { Success: true } entry)
            {
                Flush();
                key = entry.Groups["key"].Value.ToLowerInvariant();
                keyStart = line.Start;
                valueEnd = line.End;
                var value = entry.Groups["value"].Value.Trim();
                if (value.StartsWith('[') && value.EndsWith(']'))
                {
                    values.AddRange(value[1..^1].Split(',').Select(Unquote));
                }
                else
                {
                    values.Add(Unquote(value));
                }
            }
        }

        Flush();
        return close + 1;
    }

    /// <summary>The value without its quotes, and a note-taking app's link without its brackets ("[[Jane Roe]]", "[[jane-roe|Jane Roe]]").</summary>
    private static string Unquote(string value)
    {
        var trimmed = value.Trim();
        var unquoted = trimmed.Length >= 2 && trimmed[0] is '"' or '\'' && trimmed[^1] == trimmed[0] ? trimmed[1..^1] : trimmed;
        return unquoted is ['[', '[', .., ']', ']'] && unquoted.IndexOf(']') == unquoted.Length - 2
            ? unquoted[(unquoted.LastIndexOf('|') is var bar and > 0 ? bar + 1 : 2)..^2].Trim()
            : unquoted;
    }

    /// <summary>A line with its inline links replaced by their labels, and the way back to document offsets.</summary>
    private sealed class PlainLine
    {
        // Runs of plain text and where they sit in the document; most lines are one run (no links).
        private readonly (int Plain, int Document, int Length)[] _segments;
        private readonly int _lineEnd;
        private readonly List<MarkdownLink> _links;

        private static readonly List<MarkdownLink> NoLinks = [];

        private PlainLine(string text, (int, int, int)[] segments, int lineEnd, List<MarkdownLink> links)
        {
            Text = text;
            _segments = segments;
            _lineEnd = lineEnd;
            _links = links;
        }

        public string Text { get; }

        public static PlainLine Create(Document document, Line line, IReadOnlyList<MarkdownLink> links, int firstLink)
        {
            var text = document.Text;
            var lineText = text.AsSpan(line.Start, line.Length);
            if ((firstLink >= links.Count || links[firstLink].Start >= line.End) && !lineText.ContainsAny(InvisibleCharacters.All)
                && !lineText.Contains("**", StringComparison.Ordinal) && !lineText.Contains("__", StringComparison.Ordinal))
            {
                // Most lines have no link: the plain text is the line itself.
                return new PlainLine(text.Substring(line.Start, line.Length), [(0, line.Start, line.Length)], line.End, NoLinks);
            }

            var segments = new List<(int, int, int)>(1);
            var lineLinks = new List<MarkdownLink>();
            var position = line.Start;
            var plainLength = 0;
            void Add(int from, int to)
            {
                // Invisible characters and strong emphasis's marks are left out, as a reader sees the line: "Musu&#173;meci"
                // is the name "Musumeci", "By **Jane Roe**" (html2text's bold) the byline "By Jane Roe".
                while (from < to)
                {
                    var (hidden, hiddenLength) = NextHidden(text.AsSpan(from, to - from));
                    var end = hidden < 0 ? to : from + hidden;
                    if (end > from)
                    {
                        segments.Add((plainLength, from, end - from));
                        plainLength += end - from;
                    }

                    from = end + hiddenLength;
                }
            }

            for (var i = firstLink; i < links.Count && links[i].Start < line.End; i++)
            {
                var link = links[i];
                lineLinks.Add(link);
                if (link.HidesSyntax && link.Start < line.Start)
                {
                    // The rest of a link from the lines above: its label was read where it starts.
                    position = Math.Max(position, Math.Min(link.End, line.End));
                    continue;
                }

                if (!link.HidesSyntax || link.Start < position)
                {
                    continue;
                }

                Add(position, link.Start);
                // A link a hard wrap carried on to the next line shows its whole label here ("By [Jane" / "Roe](...)"),
                // the line break read as a space below.
                Add(link.LabelStart, link.LabelStart + link.LabelLength);
                position = Math.Min(link.End, line.End);
            }

            Add(position, line.End);
            var plain = segments.Count == 1
                ? text.Substring(segments[0].Item2, segments[0].Item3)
                : string.Concat(segments.Select(s => text.AsSpan(s.Item2, s.Item3).ToString()));
            if (plain.AsSpan().ContainsAny('\n', '\r'))
            {
                // One character for one: the offsets back to the document stay right.
                plain = plain.Replace('\n', ' ').Replace('\r', ' ');
            }

            return new PlainLine(plain, [.. segments], line.End, lineLinks);
        }

        /// <summary>Where the next character a reader does not see starts in <paramref name="text"/>, and how long it is; -1 when none.</summary>
        private static (int Index, int Length) NextHidden(ReadOnlySpan<char> text)
        {
            var invisible = text.IndexOfAny(InvisibleCharacters.All);
            var searched = invisible < 0 ? text : text[..invisible];
            var strong = searched.IndexOf("**", StringComparison.Ordinal);
            var underscores = searched.IndexOf("__", StringComparison.Ordinal);
            var mark = strong < 0 ? underscores : underscores < 0 ? strong : Math.Min(strong, underscores);
            return mark >= 0 ? (mark, 2) : (invisible, 1);
        }

        public int ToDocument(int plainIndex)
        {
            plainIndex = Math.Max(0, plainIndex);
            foreach (var (plain, document, length) in _segments)
            {
                if (plainIndex < plain + length)
                {
                    return document + (plainIndex - plain);
                }
            }

            return _lineEnd;
        }

        /// <summary>The document offset just past plain character <paramref name="plainEnd"/> - 1, stretched over a link's closing syntax.</summary>
        /// <summary><paramref name="end"/>, or the end of a link of the line that goes on past it.</summary>
        public int EndOverLinks(int end)
        {
            foreach (var link in _links)
            {
                end = Math.Max(end, link.End);
            }

            return end;
        }

        public int ToDocumentEnd(int plainEnd, bool overLinkSyntax = true)
        {
            if (plainEnd <= 0)
            {
                return ToDocument(0);
            }

            if (plainEnd > Text.Length)
            {
                return _lineEnd;
            }

            var end = ToDocument(plainEnd - 1) + 1;
            if (!overLinkSyntax)
            {
                return end;
            }

            foreach (var link in _links)
            {
                if (end == link.LabelStart + link.LabelLength && link.LabelStart < end)
                {
                    return link.End;
                }
            }

            return end;
        }

        /// <summary>The first link that overlaps [<paramref name="start"/>, <paramref name="end"/>).</summary>
        public MarkdownLink? LinkIn(int start, int end)
        {
            foreach (var link in _links)
            {
                if (link.Start < end && link.End > start)
                {
                    return link;
                }
            }

            return null;
        }

        /// <summary>The plain-text sentence around <paramref name="index"/>: [start, end).</summary>
        public (int Start, int End) Sentence(int index) => SentenceRule.SentenceAround(Text, index);
    }
}
