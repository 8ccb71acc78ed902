using System.Collections.Frozen;
using CorpusLint.Model.Attribution;

namespace CorpusLint.Model.Dates;

/// <summary>
/// Reads one line as a dateline, or not. A dateline holds one or more full dates and, besides them, only what
/// page headers print beside a date: labels ("Published", "Updated on", "Last modified"), times and zones, a
/// byline, a name or a site ("Dan Goodin - Apr 16, 2015 8:02 pm UTC"), a reading time ("8 min read"), a handle
/// or a count. Any other word makes the line a sentence, and a date inside a sentence is never a dateline.
/// The reader needs no layout: where the line stands is judged later (<see cref="PublicationDateChooser"/>).
/// </summary>
internal static class DatelineReader
{
    /// <summary>Longer lines are prose or a list of items, not a dateline (the longest headers seen run to 16 words).</summary>
    private const int MaxWords = 20;

    /// <summary>Words that are none of the above, allowed on a labelled line ("Terms of Service (Updated ...)").</summary>
    private const int MaxOtherWordsWithLabel = 2;

    /// <summary>A name beside a date and a site name beside it ("Ben Silverman ... Yahoo Finance"); a third run is a headline or a list.</summary>
    private const int MaxCapitalisedRuns = 2;

    /// <summary>The longest name or site printed beside a date ("Good Morning America", "Laura June Topolsky").</summary>
    private const int MaxRunWords = 4;

    /// <summary>
    /// Counts beside the date: a page's views and comments ("Apr. 24, 2014, 9:49 AM 286,248 40", "Jane Roe | Sep. 21, 2011 |
    /// 1,209 | 5"); more numbers than that make a table row.
    /// </summary>
    private const int MaxCounts = 2;

    /// <summary>The most words of an item a template prints beside a post's date and author ("in Code", "Leave a comment").</summary>
    private const int MaxTemplateItemWords = 3;

    /// <summary>
    /// What a post's meta line prints between its items: "Jane Roe — 2013-09-29 — in Code — Permalink", and a slash
    /// with a space on each side ("by Jane Roe / January 19, 2017 / Leave a comment"; a slash without them is a numeric
    /// date's, an address's or an "and/or").
    /// </summary>
    private const string ItemSeparators = "|·•—–/";

    /// <summary>
    /// The labels in English, then in the languages whose dates the scanner reads (<see cref="LocalDateWords"/>):
    /// "Veröffentlicht am 12. März 2025", "Publié le 12 mars 2025", "Publicado em 22 de outubro de 2010".
    /// </summary>
    private static readonly FrozenSet<string> PublicationLabels = FrozenSet.ToFrozenSet(
        ["published", "publish", "posted", "created", "dated", "date", "publication", "originally", "first", "released", "issued",
         "veröffentlicht", "publiziert", "erschienen", "publié", "publiée", "publicado", "publicada", "pubblicato", "pubblicata", "gepubliceerd",
         "опубликовано"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Publication labels only where they open the line: a post's template prints "Filed under Politics on ...", while a
    /// sentence's "the suit was filed on ..." dates the suit, not the article.
    /// </summary>
    private static readonly FrozenSet<string> OpeningPublicationLabels = FrozenSet.ToFrozenSet(["filed"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> UpdateLabels = FrozenSet.ToFrozenSet(
        ["updated", "modified", "revised", "edited", "reviewed",
         "aktualisiert", "geändert", "actualisé", "modifié", "actualizado", "atualizado", "aggiornato", "bijgewerkt", "обновлено"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Reading times and counts printed beside a date: "8 min read", "13 comments", "2192 shares".</summary>
    private static readonly FrozenSet<string> MetaWords = FrozenSet.ToFrozenSet(
        ["min", "mins", "minute", "minutes", "read", "comments", "comment", "views", "shares", "replies", "responses", "notes", "likes", "ago", "second", "seconds",
         "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "uhr", "h"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>What tells an age or a reading time: "8 min read", "1 day ago", "3 hours ago".</summary>
    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["min", "mins", "minute", "minutes", "read", "ago"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that tie a date to its label or byline: "Posted on ... at ... by", "By Jane Roe for The Daily Report | ...", and the same in the scanner's other
    /// languages ("am ... um ... von", "le ... à ... par", "el ... a las ... por", "em ... às ... por", "il ... alle ... di",
    /// "op ... om ... door", "в").
    /// </summary>
    private static readonly FrozenSet<string> LinkWords = FrozenSet.ToFrozenSet(
        ["on", "at", "by", "for", "in", "last", "am", "um", "von", "le", "à", "par", "el", "las", "por", "em", "às", "il", "alle", "op", "om", "door", "в"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicationLabel = PublicationLabels.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningPublicationLabel = OpeningPublicationLabels.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UpdateLabel = UpdateLabels.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MetaWord = MetaWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkWord = LinkWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWord = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public enum Label : byte
    {
        None,
        Publication,
        Update,
    }

    /// <summary>
    /// The label of a line that is only a label ("Published:", "Last updated on"): page templates print it above the
    /// date it labels. <see cref="Label.None"/> for any other line.
    /// </summary>
    public static Label LabelLine(Document document, Line line)
    {
        var text = document.Text.AsSpan();
        var words = document.GetWords(line);
        if (words.Length is 0 or > 3 || !document.GetText(line).TrimEnd().EndsWith(":"))
        {
            return Label.None;
        }

        var label = Label.None;
        for (var k = 0; k < words.Length; k++)
        {
            var span = text.Slice(words[k].Start, words[k].Length);
            if (PublicationLabel.Contains(span) || (k == 0 && OpeningPublicationLabel.Contains(span)))
            {
                label = label == Label.None ? Label.Publication : label;
            }
            else if (UpdateLabel.Contains(span))
            {
                label = Label.Update;
            }
            else if (!LinkWord.Contains(span))
            {
                return Label.None;
            }
        }

        return label;
    }

    /// <summary>
    /// The line as a dateline, or null. <paramref name="firstMention"/> is the first mention at or after the line's start;
    /// <paramref name="labelAbove"/> the label of a label line right above it.
    /// </summary>
    public static Dateline? Read(Document document, Line line, IReadOnlyList<DateMention> mentions, int firstMention, BylineNameSpans bylineNames, Label labelAbove)
    {
        if (OpensRange(document.Text, line, mentions, firstMention))
        {
            return null;
        }

        var words = document.GetWords(line);
        var gluedProse = GluedProseStart(document.Text, words, mentions, firstMention, line);
        if (gluedProse < words.Length)
        {
            // "3:15 p.m. EDT July 18, 2013Los Angeles Kings right wing Dustin Brown celebrates ...": a printer that joins a
            // page's elements ran the caption under the date onto it; the dateline is the words up to the date.
            words = words[..gluedProse];
        }

        if (words.Length is 0 or > MaxWords)
        {
            return StampOpeningProse(document, line, words, mentions, firstMention) ?? InlineDateline(document, line, mentions, firstMention);
        }

        var endsAtGlue = gluedProse == words.Length;
        return ReadWords(document, line, words, mentions, firstMention, bylineNames, labelAbove, skipped: [], endsAtGlue)
            ?? (TemplateItems(document, line, words, mentions, firstMention, bylineNames) is { } items
                ? ReadWords(document, line, words, mentions, firstMention, bylineNames, labelAbove, items, endsAtGlue)
                : null)
            ?? StampOpeningProse(document, line, words, mentions, firstMention)
            ?? InlineDateline(document, line, mentions, firstMention);
    }

    /// <summary>
    /// "2018.04.05 ~ OPEN RUN", "April 5 ~ May 1, 2018": a date before a tilde or wave dash starts a range (a show's run, an
    /// exhibition's dates), not a dateline; the words after it name no writer.
    /// </summary>
    private static bool OpensRange(string text, Line line, IReadOnlyList<DateMention> mentions, int first)
    {
        for (var m = first; m < mentions.Count && mentions[m].Start < line.End; m++)
        {
            var end = mentions[m].Start + mentions[m].Length;
            var after = text.AsSpan(end, Math.Max(0, line.End - end)).TrimStart();
            if (!after.IsEmpty && after[0] is '~' or '〜' or '～')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "9:35 p.m. EDT July 18, 2013 NASA engineers are looking at ...": a date with its time opens the line and a sentence
    /// follows, as a printer that joins a page's elements runs the article's first paragraph onto its time stamp. No
    /// sentence opens on a time and a date, so the stamp is a dateline.
    /// </summary>
    private static Dateline? StampOpeningProse(Document document, Line line, ReadOnlySpan<Word> words, IReadOnlyList<DateMention> mentions, int firstMention)
    {
        if (words.Length == 0 || firstMention >= mentions.Count
            || mentions[firstMention] is not { Kind: DateMentionKind.FullDate, Date: { } date, Time: not null } mention
            || mention.Start != words[0].Start || mention.End >= line.End || !char.IsWhiteSpace(document.Text[mention.End]))
        {
            return null;
        }

        var next = 0;
        while (next < words.Length && words[next].Start < mention.End)
        {
            next++;
        }

        if (next >= words.Length || !char.IsUpper(document.Text[words[next].Start]) || !IsProseAfter(document.Text, words, next))
        {
            return null;
        }

        return new Dateline(
            line.Index,
            [new PublicationDateCandidate(date, mention.Start, mention.Length, PublicationDateSource.Dateline, IsUpdate: false, 0.9, mention)],
            [],
            HasByline: false);
    }

    /// <summary>
    /// The index of the word after the first date that a sentence is glued to, with no space between ("2013Los Angeles
    /// Kings right wing ..."), or the number of words when there is none. A site's name glued so ("2013Space.com",
    /// "2013Associated Press") is read as the site beside the date, not cut.
    /// </summary>
    private static int GluedProseStart(string text, ReadOnlySpan<Word> words, IReadOnlyList<DateMention> mentions, int firstMention, Line line)
    {
        var m = firstMention;
        for (var k = 0; k < words.Length && m < mentions.Count && mentions[m].Start < line.End; k++)
        {
            while (m < mentions.Count && mentions[m].End <= words[k].Start)
            {
                m++;
            }

            if (m < mentions.Count && mentions[m].Start < words[k].End && mentions[m].Kind == DateMentionKind.FullDate
                && mentions[m].End < words[k].End && char.IsUpper(text[mentions[m].End])
                && HostNameEnd(text, mentions[m].End, line.End) <= 0 && IsProseAfter(text, words, k + 1))
            {
                return k + 1;
            }
        }

        return words.Length;
    }

    /// <summary>
    /// The items of a post's meta line that its template prints beside the date and the author ("Jane Roe — 2013-09-29 —
    /// in Code — Permalink"), for the dateline to be read without them: between separators printed at least twice, an
    /// item of a few words, without a digit, a date, a byline's name or an agency, and not a name or site of its own
    /// (capitalised words). Null when the line has no such separators, no item that is a date, or no item to leave out.
    /// </summary>
    private static List<(int Start, int End)>? TemplateItems(
        Document document, Line line, ReadOnlySpan<Word> words, IReadOnlyList<DateMention> mentions, int firstMention, BylineNameSpans bylineNames)
    {
        var text = document.Text;
        var separator = MostPrintedSeparator(text, line);
        if (separator is null)
        {
            return null;
        }

        List<(int Start, int End)>? skipped = null;
        var hasDate = false;
        var itemStart = line.Start;
        for (var i = line.Start; i <= line.End; i++)
        {
            if (i < line.End && !IsSeparatorAt(text, i, separator.Value, line))
            {
                continue;
            }

            switch (KindOfItem(document, words, itemStart, i, mentions, firstMention, bylineNames))
            {
                case ItemKind.Date:
                    hasDate = true;
                    break;
                case ItemKind.Template:
                    (skipped ??= []).Add((itemStart, i));
                    break;
            }

            itemStart = i + 1;
        }

        return hasDate ? skipped : null;
    }

    /// <summary>The separator printed most often on the line, if at least twice (three items or more).</summary>
    private static char? MostPrintedSeparator(string text, Line line)
    {
        char? separator = null;
        var most = 1;
        foreach (var candidate in ItemSeparators)
        {
            var count = candidate == '/' ? SpacedSlashes(text, line) : text.AsSpan(line.Start, line.Length).Count(candidate);
            if (count > most)
            {
                (separator, most) = (candidate, count);
            }
        }

        return separator;
    }

    private static int SpacedSlashes(string text, Line line)
    {
        var count = 0;
        for (var i = text.IndexOf(" / ", line.Start, line.Length, StringComparison.Ordinal); i >= 0; i = text.IndexOf(" / ", i + 2, line.End - i - 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static bool IsSeparatorAt(string text, int i, char separator, Line line) =>
        text[i] == separator && (separator != '/' || (i > line.Start && i + 1 < line.End && text[i - 1] == ' ' && text[i + 1] == ' '));

    private enum ItemKind : byte
    {
        Other,
        Date,
        Template,
    }

    private static ItemKind KindOfItem(
        Document document, ReadOnlySpan<Word> words, int start, int end, IReadOnlyList<DateMention> mentions, int firstMention, BylineNameSpans bylineNames)
    {
        for (var m = firstMention; m < mentions.Count && mentions[m].Start < end; m++)
        {
            if (mentions[m].End > start)
            {
                return mentions[m] is { Kind: DateMentionKind.FullDate, Date: not null } ? ItemKind.Date : ItemKind.Other;
            }
        }

        var text = document.Text.AsSpan();
        var item = text[start..end].Trim();
        int count = 0, capitalised = 0;
        foreach (var word in words)
        {
            if (word.Start < start || word.End > end)
            {
                continue;
            }

            if (bylineNames.Contains(word.Start))
            {
                return ItemKind.Other;
            }

            count++;
            capitalised += char.IsUpper(text[word.Start]) ? 1 : 0;
        }

        var isTemplate = count is > 0 and <= MaxTemplateItemWords
            && !(count > 1 && capitalised == count)
            && !item.ContainsAny(Text.CharacterSets.AsciiDigits)
            && item[^1] is not ('.' or '?' or '!')
            && !Attribution.AttributionScanner.IsAgency(item);
        return isTemplate ? ItemKind.Template : ItemKind.Other;
    }

    private static Dateline? ReadWords(
        Document document, Line line, ReadOnlySpan<Word> words, IReadOnlyList<DateMention> mentions, int firstMention, BylineNameSpans bylineNames, Label labelAbove,
        IReadOnlyList<(int Start, int End)> skipped, bool endsAtGlue)
    {
        var text = document.Text.AsSpan();

        var dates = new List<(DateMention Mention, Label Label)>(2);
        var runs = new List<NameRun>(2);
        var m = firstMention;
        var label = labelAbove;
        bool publicationLabel = labelAbove == Label.Publication, updateLabel = labelAbove == Label.Update, hasByline = false;
        int other = 0, counts = 0, runStart = -1, runWords = 0, longRuns = 0, longRunsBeforeLabel = 0, shortRuns = 0;
        var previousEnd = line.Start;
        var previousWasHandle = false;
        var startsWithLabel = false;
        var postCitation = false;
        var timestamp = false;
        var placeholderEnd = -1;
        var placeEnd = OpeningPlaceEnd(text, line, words);
        var hostEnd = -1;
        var sectionEnd = -1;
        var relativeDays = 0;
        var clock = false;
        var hours = 0;

        void CloseRun(int end)
        {
            if (runStart < 0)
            {
                return;
            }

            runs.Add(new NameRun(runStart, end - runStart, AfterBy(document.Text, line.Start, runStart)));
            if (runWords > MaxRunWords && publicationLabel)
            {
                longRuns++;
            }
            else if (runWords > MaxRunWords)
            {
                longRunsBeforeLabel++;
            }

            shortRuns += runWords == 1 ? 1 : 0;
            runStart = -1;
            runWords = 0;
        }

        var skip = 0;
        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k];
            while (skip < skipped.Count && skipped[skip].End <= word.Start)
            {
                skip++;
            }

            if (skip < skipped.Count && skipped[skip].Start <= word.Start)
            {
                // An item the template prints beside the date ("in Code", "Permalink"): nothing the header says.
                CloseRun(previousEnd);
                previousEnd = word.End;
                continue;
            }

            if (word.Start < hostEnd)
            {
                previousEnd = word.End;
                continue;
            }

            if (word.End <= placeEnd)
            {
                // "LONDON |", "BEIRUT,": the dateline's place, not a name or a site beside the date.
                previousEnd = word.End;
                continue;
            }

            var span = text.Slice(word.Start, word.Length);
            if (word.Start < sectionEnd)
            {
                // "by Jane Roe in News on ...": the post's section, nothing the header says.
                previousEnd = word.End;
                continue;
            }

            if (hasByline && runStart < 0 && span is "in")
            {
                sectionEnd = SectionAfterIn(text, words, k);
            }

            var gap = text[previousEnd..word.Start];
            var isHandle = gap.EndsWith("@") || (previousWasHandle && gap.Length == 1 && gap[0] is '_' or '.' or '-');
            if (word.Start < placeholderEnd || (gap.EndsWith("[") && IsPlaceholder(text, word.Start, line.End, out placeholderEnd)))
            {
                // "[6eef5bc5-c]": where a picture was, nothing the header says.
                CloseRun(previousEnd);
                previousEnd = word.End;
                continue;
            }

            previousWasHandle = false;
            while (m < mentions.Count && mentions[m].End <= word.Start)
            {
                m++;
            }

            if (m < mentions.Count && mentions[m].Start < word.End)
            {
                var mention = mentions[m];
                if (mention.Start > word.Start && bylineNames.Contains(word.Start))
                {
                    // "By Seth Fiegerman2014-01-26": the byline's name glued to the date.
                    hasByline = true;
                }
                else if (mention.Start > word.Start && char.IsUpper(span[0]))
                {
                    // "Yahoo FinanceOctober 13, 2016": a lost space glued the site's last word to the date.
                    runStart = runStart >= 0 && ContinuesRun(gap, text, previousEnd) ? runStart : word.Start;
                    runWords++;
                    CloseRun(mention.Start);
                }

                CloseRun(previousEnd);
                if (mention.Kind == DateMentionKind.FullDate && mention.Date is not null)
                {
                    if (dates.Count == 0 || dates[^1].Mention != mention)
                    {
                        dates.Add((mention, label));
                        hours += mention.Time is null ? 0 : 1;
                    }
                }
                else if (mention.Kind == DateMentionKind.RelativeDay)
                {
                    // "Today 12:34pm": a story of today stamped with its time; "Today" alone is a menu's entry.
                    relativeDays++;
                }
                else
                {
                    other++;
                }

                previousEnd = word.End;
                if (mention.End < word.End && mention.End < line.End && char.IsUpper(text[mention.End]))
                {
                    // "July 18, 2013Space.com", "2013Associated Press": a lost space glued the site after the date to it.
                    var host = HostNameEnd(text, mention.End, line.End);
                    if (host > 0)
                    {
                        runs.Add(new NameRun(mention.End, host - mention.End, AfterBy: false));
                        hostEnd = host;
                    }
                    else if (endsAtGlue && k == words.Length - 1)
                    {
                        break; // the sentence glued to the date is not the dateline's (GluedProseStart)
                    }
                    else
                    {
                        (runStart, runWords) = (mention.End, 1);
                    }
                }

                continue;
            }

            // "Updated by Jane Roe Dec 10, 2016": the update's label before its credit still labels the date.
            if (bylineNames.Contains(word.Start) || (IsBylineCue(text, words, k, bylineNames) && !UpdateLabel.Contains(span)))
            {
                CloseRun(previousEnd);
                hasByline = true;
            }
            else if (isHandle)
            {
                CloseRun(previousEnd);
                previousWasHandle = true;
                postCitation |= gap.EndsWith("(@");
            }
            else if ((PublicationLabel.Contains(span) && (IsColonLabel(text, word) || !IsCapitalisedRunWord(span, runStart >= 0 && ContinuesRun(gap, text, previousEnd))))
                || (k == 0 && OpeningPublicationLabel.Contains(span)))
            {
                CloseRun(previousEnd);
                label = Label.Publication;
                publicationLabel = true;
                startsWithLabel |= k == 0 || (k == 1 && LinkWord.Contains(text.Slice(words[0].Start, words[0].Length)));
            }
            else if (UpdateLabel.Contains(span) && (IsColonLabel(text, word) || !IsCapitalisedRunWord(span, runStart >= 0 && ContinuesRun(gap, text, previousEnd))))
            {
                CloseRun(previousEnd);
                label = Label.Update;
                updateLabel = true;
                startsWithLabel |= k == 0 || (k == 1 && LinkWord.Contains(text.Slice(words[0].Start, words[0].Length)));
            }
            else if (runStart >= 0 && ContinuesRun(gap, text, previousEnd) && char.IsUpper(span[0]) && !IsZone(span))
            {
                runWords++; // "Bradley M. Kuhn": an initial inside a name, not the "m" of "p.m."
            }
            else if (((runStart >= 0 && ContinuesRun(gap, text, previousEnd)) || k == 0) && span is "and" && k + 1 < words.Length
                && ContinuesRun(text[word.End..words[k + 1].Start], text, word.End) && char.IsUpper(text[words[k + 1].Start]))
            {
                // "Jane Roe and John Doe, USA TODAY 5:27 p.m.": two writers of one byline, one run of names; "and John Doe
                // March 4, 2025" opening a line a wrap carried on from a byline: its last writer.
            }
            else if (runStart >= 0 && ContinuesRun(gap, text, previousEnd) && IsParticleInName(text, words, k))
            {
                // "Emilio de Benito Madrid 27 OCT 2012": a name's particle, in lower case between its capitalised words.
            }
            else if (IsTimePart(text, word) || IsFiller(span) || LinkWord.Contains(span) || IsAffiliationWord(text, words, k))
            {
                CloseRun(previousEnd);
                // "1:43pm EDT": a time with its meridiem alone stamps a story of today, as "3 hours ago" does.
                timestamp |= IsTimePart(text, word) && char.IsAsciiLetter(span[^1]);
                clock |= IsTimePart(text, word);
                hours += IsTimePart(text, word) && IsHour(text, word) ? 1 : 0;
            }
            else if (MetaWord.Contains(span) || (IsDigits(span) && k + 1 < words.Length && MetaWord.Contains(text.Slice(words[k + 1].Start, words[k + 1].Length))))
            {
                CloseRun(previousEnd);
                timestamp |= TimeWord.Contains(span);
            }
            else if (IsCompactAge(span) || IsNumericDatePart(text, word))
            {
                CloseRun(previousEnd);
                timestamp = true;
            }
            else if (DateWords.Lookup.TryGetValue(span, out var relative) && relative.Kind == DateWordKind.RelativeDay)
            {
                // "Jane Roe 8/17/13 11:04am Yesterday 11:04am": the stamp printed again as the page's age.
                CloseRun(previousEnd);
                timestamp = true;
            }
            else if (IsDigits(span))
            {
                CloseRun(previousEnd);
                // "286,248": a count's thousands go on after the comma, one number.
                counts += gap.SequenceEqual(",") && span.Length == 3 && k > 0 && IsDigits(text.Slice(words[k - 1].Start, words[k - 1].Length)) ? 0 : 1;
            }
            else if (IsLinkedWord(document, word))
            {
                // "June 5, 2013 [Print](...) [Email](...)": the page's buttons beside its date, not a sentence's words.
                CloseRun(previousEnd);
            }
            else if (char.IsUpper(span[0]))
            {
                if (runStart >= 0 && !ContinuesRun(gap, text, previousEnd))
                {
                    CloseRun(previousEnd);
                }

                runStart = runStart < 0 ? word.Start : runStart;
                runWords++;
            }
            else if (HostNameEnd(text, word.Start, line.End) is var host and > 0)
            {
                // "guardian.co.uk, Thursday 6 June 2013": the site by its address, a site beside the date.
                CloseRun(previousEnd);
                runs.Add(new NameRun(word.Start, host - word.Start, AfterBy: false));
                hostEnd = host;
            }
            else
            {
                CloseRun(previousEnd);
                other++;
            }

            previousEnd = word.End;
        }

        if (runStart >= 0 && previousEnd == words[^1].End && document.LinkAt(words[^1].Start) is { } link && link.LabelStart + link.LabelLength > line.End)
        {
            // "December 19, 2016 by [Jane" / "Roe](https://…)": a linked name a wrapper broke inside its label runs on to the label's end.
            var labelEnd = link.LabelStart + link.LabelLength;
            runWords += text[line.End..labelEnd].ToString().Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Length;
            previousEnd = labelEnd;
        }

        CloseRun(previousEnd);
        if (relativeDays > 0 && !clock)
        {
            other += relativeDays;
        }

        timestamp |= relativeDays > 0 && clock;
        var labelled = publicationLabel || updateLabel;
        var distinct = dates.Select(d => d.Mention.Date).Distinct().Count();
        // "December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST": two stamps, each with its time, unlabelled: a
        // story and its update, the later date the update's (a range of days has no times).
        var stampedTwice = !labelled && dates.Count == 2 && hours == 2 && dates[0].Mention.Date < dates[1].Mention.Date;
        // "— Jane Roe (@janeroe) October 9, 2018" cites an embedded social-media post, not the article.
        var isDateline = (dates.Count > 0 || timestamp) && !postCitation
            && (startsWithLabel
                || (other <= (labelled ? MaxOtherWordsWithLabel : 0)
                    && counts <= MaxCounts
                    && runs.Count <= MaxCapitalisedRuns
                    && longRuns == 0
                    // A byline with its role before a "Published:" label ("MIKE FITZPATRICK AP Sports Writer Published:
                    // June 7, 2013") runs as long as the writer's role; without the label a long run is a headline.
                    && (longRunsBeforeLabel == 0 || publicationLabel)
                    && (labelled || shortRuns == 0)
                    // "29 November 2018 | 20 January 2019" with nothing to tell them apart is a range.
                    && (labelled || distinct <= 1 || stampedTwice)));
        if (!isDateline)
        {
            return null;
        }

        var candidates = new List<PublicationDateCandidate>(dates.Count);
        foreach (var (mention, dateLabel) in dates)
        {
            // On a line that labels its update, the unlabelled date is the other one: the publication.
            var isUpdate = dateLabel == Label.Update || (stampedTwice && mention == dates[1].Mention);
            var source = labelled ? PublicationDateSource.PublishedLine : PublicationDateSource.Dateline;
            var confidence = source == PublicationDateSource.PublishedLine
                ? (other == 0 ? 0.9 : 0.75)
                : (mention.Time is null ? 0.85 : 0.9);
            candidates.Add(new PublicationDateCandidate(mention.Date!.Value, mention.Start, mention.Length, source, isUpdate, isUpdate ? confidence - 0.2 : confidence, mention));
        }

        return new Dateline(line.Index, candidates, runs, hasByline);
    }

    /// <summary>
    /// "PLACE, [Region,] [Weekday,] Date — story": an upper-case place name opens the line, the date follows it,
    /// and a dash starts the story.
    /// </summary>
    private static Dateline? InlineDateline(Document document, Line line, IReadOnlyList<DateMention> mentions, int firstMention)
    {
        if (firstMention >= mentions.Count || mentions[firstMention] is not { Kind: DateMentionKind.FullDate, Date: { } date } mention
            || mention.End > line.End || !IsInlineDateline(document.Text, line, mention))
        {
            return null;
        }

        return new Dateline(
            line.Index,
            [new PublicationDateCandidate(date, mention.Start, mention.Length, PublicationDateSource.InlineDateline, IsUpdate: false, 0.8, mention)],
            [],
            HasByline: false);
    }

    /// <summary>Fewest letters of an inline dateline's place name ("ROME"); fewer are initials.</summary>
    private const int MinPlaceLetters = 3;

    private static bool IsInlineDateline(ReadOnlySpan<char> text, Line line, DateMention mention)
    {
        var dateStart = mention.WeekdayStart >= 0 && mention.WeekdayStart < mention.Start ? mention.WeekdayStart : mention.Start;
        var place = text[line.Start..dateStart].TrimEnd();
        if (place.IsEmpty || place[^1] != ',' || place.Length > 60)
        {
            return false;
        }

        var placeEnd = place.IndexOfAny(',', '(');
        // The place is in capitals ("ROME,"), however short: a dateline's own convention, not shouting.
        var casing = Casing.Of(place[..(placeEnd < 0 ? place.Length : placeEnd)].Trim());
        var after = text[mention.End..line.End].TrimStart();
        return casing.Letters >= MinPlaceLetters && casing.UpperLetters == casing.Letters && !after.IsEmpty && (after[0] is '—' or '–' || after.StartsWith("- ") || after.StartsWith("--"));
    }

    /// <summary>The most words of a place or a wire service's name opening a dateline ("VATICAN CITY", "RIO DE JANEIRO").</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>
    /// The end of a place or a wire service's name printed in capitals at the start of the line and cut off from what
    /// follows by a comma, a bar, a dash or a slash ("LONDON | Fri Jun 7, 2013", "BEIRUT, June 7, 2013", "CBS/AP/ June 6,
    /// 2013"): the convention of wire copy, as in an inline dateline, not a name or a site beside the date. -1 when the
    /// line opens otherwise.
    /// </summary>
    private static int OpeningPlaceEnd(ReadOnlySpan<char> text, Line line, ReadOnlySpan<Word> words)
    {
        if (words.IsEmpty || !text[line.Start..words[0].Start].Trim().IsEmpty)
        {
            return -1;
        }

        var letters = 0;
        for (var k = 0; k < words.Length && k < MaxPlaceWords; k++)
        {
            var casing = Casing.Of(text.Slice(words[k].Start, words[k].Length));
            if (casing.Letters == 0 || casing.UpperLetters != casing.Letters)
            {
                return -1;
            }

            letters += casing.Letters;
            var end = words[k].End;
            var next = k + 1 < words.Length ? words[k + 1].Start : line.End;
            var gap = text[end..next];
            if (gap is "/" && k + 1 < words.Length)
            {
                continue; // "CBS/AP": two services credited together
            }

            var cut = gap.Trim();
            if (cut.Length > 0 && cut[0] is ',' or '|' or '/' or '—' or '–' or '-')
            {
                return letters >= MinPlaceLetters && k + 1 < words.Length ? (cut is "," ? RegionEnd(text, line, words, k + 1) ?? end : end) : -1;
            }

            if (gap is not " ")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The most words of a region after a dateline's place ("KIROV, Russia |", "SAN JOSE, Costa Rica —").</summary>
    private const int MaxRegionWords = 3;

    /// <summary>
    /// The end of a region named after the place's comma and cut off by a bar or a dash ("KIROV, Russia | Fri Jul 19,
    /// 2013"): capitalised words, <see cref="MaxRegionWords"/> at most; null when the line goes on otherwise (the date).
    /// </summary>
    private static int? RegionEnd(ReadOnlySpan<char> text, Line line, ReadOnlySpan<Word> words, int first)
    {
        for (var k = first; k < words.Length && k < first + MaxRegionWords; k++)
        {
            if (!char.IsUpper(text[words[k].Start]) || DateWords.Lookup.TryGetValue(text.Slice(words[k].Start, words[k].Length), out _))
            {
                return null;
            }

            var next = k + 1 < words.Length ? words[k + 1].Start : line.End;
            var cut = text[words[k].End..next].Trim();
            if (cut.Length > 0 && cut[0] is '|' or '—' or '–' or '-')
            {
                return words[k].End;
            }

            if (!cut.IsEmpty)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The longest last label of a host name read as one ("com", "info"; "uk" of "co.uk").</summary>
    private const int MaxTopLevelLabel = 4;

    /// <summary>
    /// The end of a host name starting at <paramref name="start"/> ("guardian.co.uk", "example.com"): labels of letters,
    /// digits and hyphens joined by periods, the last of two to <see cref="MaxTopLevelLabel"/> lower-case letters. -1 when
    /// the text there is no host name.
    /// </summary>
    private static int HostNameEnd(ReadOnlySpan<char> text, int start, int lineEnd)
    {
        var end = start;
        var lastDot = -1;
        while (end < lineEnd && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-' || (text[end] == '.' && end + 1 < lineEnd && char.IsAsciiLetterOrDigit(text[end + 1]))))
        {
            lastDot = text[end] == '.' ? end : lastDot;
            end++;
        }

        if (lastDot < 0 || (end < lineEnd && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or '|' or ')' or '.')))
        {
            return -1;
        }

        var topLevel = text[(lastDot + 1)..end];
        foreach (var c in topLevel)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return -1;
            }
        }

        return topLevel.Length is >= 2 and <= MaxTopLevelLabel ? end : -1;
    }

    /// <summary>A bracketed token without spaces from <paramref name="start"/> to its "]" (not a link's label).</summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> text, int start, int lineEnd, out int end)
    {
        var close = text[start..lineEnd].IndexOf(']');
        var isPlaceholder = close > 0 && text.Slice(start, close).IndexOfAny(" \t") < 0 && (start + close + 1 >= text.Length || text[start + close + 1] != '(');
        // Only a placeholder's end is kept: a linked or bracketed name ("[Jane Roe](...)") is read word by word.
        end = isPlaceholder ? start + close : -1;
        return isPlaceholder;
    }

    /// <summary>A label word with its colon ("Jane Roe Published: June 7, 2013") labels what follows, wherever it stands.</summary>
    private static bool IsColonLabel(ReadOnlySpan<char> text, Word word) => word.End < text.Length && text[word.End] == ':';

    /// <summary>"Published" inside a capitalised run is a word of a name or site, not a label ("Daily Published").</summary>
    private static bool IsCapitalisedRunWord(ReadOnlySpan<char> word, bool inRun) => inRun && char.IsUpper(word[0]);

    /// <summary>Words of one name are separated by a space, or by an initial's period ("Bradley M. Kuhn"; not "Rotoscopers. Retrieved").</summary>
    /// <summary>
    /// The word that names a byline's role right before its "by" ("Written by Jane Roe", "Words by ..."): part of the
    /// byline, not a name or a site of its own.
    /// </summary>
    private static bool IsBylineCue(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int k, BylineNameSpans bylineNames) =>
        k + 2 < words.Length
        && text.Slice(words[k + 1].Start, words[k + 1].Length).Equals("by", StringComparison.OrdinalIgnoreCase)
        && bylineNames.Contains(words[k + 2].Start);

    /// <summary>
    /// Whether word <paramref name="k"/> is a lower-case particle of a name ("de", "van der") that a capitalised word of
    /// the same run follows.
    /// </summary>
    private static bool IsParticleInName(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int k)
    {
        for (var next = k; next < words.Length && next <= k + 1; next++)
        {
            var span = text.Slice(words[next].Start, words[next].Length);
            if (!char.IsLower(span[0]) || !PersonNameCheck.Particle.Contains(span) || next + 1 >= words.Length
                || !ContinuesRun(text[words[next].End..words[next + 1].Start], text, words[next].End))
            {
                return false;
            }

            if (char.IsUpper(text[words[next + 1].Start]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContinuesRun(ReadOnlySpan<char> gap, ReadOnlySpan<char> text, int previousEnd) =>
        gap is " " or "\u00A0" || (gap is ". " && previousEnd >= 2 && !char.IsLetter(text[previousEnd - 2]));

    /// <summary>
    /// Whether the word is the whole label of a link that shows only its label (<c>[ Print ](https://…)</c>), or in the
    /// alternative text of a picture a link's label opens with.
    /// </summary>
    private static bool IsLinkedWord(Document document, Word word)
    {
        if (document.LinkAt(word.Start) is not { HidesSyntax: true, Kind: not LinkKind.Definition } link)
        {
            return false;
        }

        var text = document.Text;
        if (link.LeadingPicture(text) is { } picture && word.Start >= picture.AltStart && word.End <= picture.AltEnd)
        {
            // The alternative text of the author's picture the link opens with ("[![Jane Roe](roe.jpg)By Jane Roe 2019-01-17](/jane)").
            return true;
        }

        var labelEnd = link.LabelStart + link.LabelLength;
        return link.LabelStart <= word.Start && word.End <= labelEnd
            && text.AsSpan(link.LabelStart, word.Start - link.LabelStart).IsWhiteSpace() && text.AsSpan(word.End, labelEnd - word.End).IsWhiteSpace();
    }

    /// <summary>Words a sentence has and a name or site beside a date does not: two lower-case words that tie nothing.</summary>
    private const int MinProseWordsAfterGlue = 2;

    /// <summary>Whether the words from <paramref name="from"/> on read as a sentence rather than a site's or person's name.</summary>
    private static bool IsProseAfter(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int from)
    {
        var lower = 0;
        for (var k = from; k < words.Length && lower < MinProseWordsAfterGlue; k++)
        {
            var span = text.Slice(words[k].Start, words[k].Length);
            lower += char.IsLower(span[0]) && !LinkWord.Contains(span) && !IsFiller(span) && !MetaWord.Contains(span) ? 1 : 0;
        }

        return lower >= MinProseWordsAfterGlue;
    }

    /// <summary>
    /// "Special", "to" and "the" in a writer's tie to the paper ("Jane Roe, Special for USA TODAY", "Special to the Pioneer
    /// Press"): words of the byline, as "for" is, not a name or a site beside the date.
    /// </summary>
    private static bool IsAffiliationWord(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int k) =>
        (WordIs(text, words, k, "special") && IsTie(text, words, k + 1))
        || (WordIs(text, words, k, "to") && WordIs(text, words, k - 1, "special"))
        || (WordIs(text, words, k, "the") && IsTie(text, words, k - 1) && WordIs(text, words, k - 2, "special"));

    private static bool IsTie(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int at) => WordIs(text, words, at, "for") || WordIs(text, words, at, "to");

    private static bool WordIs(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int at, string value) =>
        (uint)at < (uint)words.Length && text.Slice(words[at].Start, words[at].Length).Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The run follows the word "by" ("on March 10, 2015 by Nikhil Marathe"): a byline, not a site.</summary>
    private static bool AfterBy(ReadOnlySpan<char> text, int lineStart, int runStart)
    {
        var before = text[lineStart..runStart].TrimEnd();
        return before.EndsWith("by", StringComparison.OrdinalIgnoreCase) && (before.Length == 2 || !char.IsLetter(before[^3]));
    }

    /// <summary>"8h", "5m", "2d": how long ago a post went up, in the compact form of social sites.</summary>
    private static bool IsCompactAge(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 4 && word[^1] is 'h' or 'm' or 'd' or 'w' && IsDigits(word[..^1]);

    /// <summary>
    /// A number of a date written in digits that the recogniser leaves alone as ambiguous: three groups joined by one
    /// separator, day and month of one or two digits, a year of two or four ("9/11/13", "11.03.17"; not a price, "225.86").
    /// </summary>
    private static bool IsNumericDatePart(ReadOnlySpan<char> text, Word word)
    {
        if (word.Length > 4 || !IsDigits(text.Slice(word.Start, word.Length)))
        {
            return false;
        }

        var start = word.Start;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '/' or '.' or '-'))
        {
            start--;
        }

        var end = word.End;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '/' or '.' or '-'))
        {
            end++;
        }

        return IsNumericDateShape(text[start..end].TrimEnd("/.-"));
    }

    /// <summary>
    /// Three groups of digits joined by one separator, day and month of one or two digits, a year of two or four
    /// ("9/11/13", "11.03.17", "10/12/2010"), and nothing else.
    /// </summary>
    internal static bool IsNumericDateShape(ReadOnlySpan<char> group)
    {
        var separator = group.IndexOfAny('/', '.', '-');
        if (separator < 0)
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[4];
        return group.Split(parts, group[separator]) == 3
            && group[parts[0]].Length is 1 or 2 && group[parts[1]].Length is 1 or 2 && group[parts[2]].Length is 2 or 4
            && IsDigits(group[parts[0]]) && IsDigits(group[parts[1]]) && IsDigits(group[parts[2]]);
    }

    /// <summary>Zones, "PM" and the letters of "a.m.", and a time written with its meridiem ("2pm").</summary>
    private static bool IsFiller(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is 1 or 2 && word[digits..] is "am" or "pm" or "AM" or "PM")
        {
            return true;
        }

        return DateWords.Lookup.TryGetValue(word, out var dateWord)
            && (dateWord.Kind is DateWordKind.Meridiem or DateWordKind.Zone
                || (dateWord.Kind == DateWordKind.DatelineWord && (word.Length > 1 || char.IsLower(word[0]))));
    }

    private static bool IsZone(ReadOnlySpan<char> word) =>
        DateWords.Lookup.TryGetValue(word, out var dateWord) && dateWord.Kind is DateWordKind.Zone or DateWordKind.Meridiem;

    /// <summary>Hours, minutes and seconds: one or two digits joined to the next or previous number by ":" or "." ("8:02", "02.00", "17:41:00", "10:12a").</summary>
    private static bool IsTimePart(ReadOnlySpan<char> text, Word word)
    {
        var span = text.Slice(word.Start, word.Length);
        var digits = 0;
        while (digits < span.Length && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        // "10:12a": a blog template's compact "a.m.".
        if (digits is 0 or > 2 || (digits < span.Length && span[digits..] is not ("am" or "pm" or "AM" or "PM" or "a" or "p")))
        {
            return false;
        }

        var before = word.Start >= 2 && text[word.Start - 1] is ':' or '.' && char.IsAsciiDigit(text[word.Start - 2]);
        var after = word.End + 1 < text.Length && text[word.End] is ':' or '.' && char.IsAsciiDigit(text[word.End + 1]);
        return before || after;
    }

    /// <summary>The hour of a time ("1" of "1:55 PM"), not its minutes: one word a time.</summary>
    private static bool IsHour(ReadOnlySpan<char> text, Word word) =>
        word.End + 1 < text.Length && text[word.End] is ':' or '.' && char.IsAsciiDigit(text[word.End + 1]);

    /// <summary>
    /// The end of the section a post's template prints between its byline and its date ("by Jane Roe in Local News on Mar
    /// 9, 2017"): after the "in" at <paramref name="k"/>, up to <see cref="MaxTemplateItemWords"/> capitalised words without
    /// a digit, then "on"; -1 when the words after "in" are not such a section.
    /// </summary>
    private static int SectionAfterIn(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int k)
    {
        var next = k + 1;
        while (next < words.Length && next - k <= MaxTemplateItemWords && char.IsUpper(text[words[next].Start])
            && !text.Slice(words[next].Start, words[next].Length).ContainsAnyInRange('0', '9'))
        {
            next++;
        }

        return next > k + 1 && next < words.Length && text.Slice(words[next].Start, words[next].Length) is "on" ? words[next - 1].End : -1;
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A run of capitalised words on a dateline: a name or a site printed beside the date.</summary>
/// <param name="Start">Offset of the run's first word.</param>
/// <param name="Length">Length up to the end of its last word.</param>
/// <param name="AfterBy">The run follows "by": a byline.</param>
public readonly record struct NameRun(int Start, int Length, bool AfterBy)
{
    public int End => Start + Length;
}

/// <summary>
/// A line read as a dateline: its dates (publication and update candidates) and the names or sites beside them. A
/// header's time stamp without a full date ("14 min read", "1 day ago", "9/11/13 10:00AM") is read too, with no dates:
/// it marks the header as well, and a name may stand beside it.
/// </summary>
/// <param name="Line">0-based line index.</param>
/// <param name="Dates">The full dates on the line, in order (none on a time stamp).</param>
/// <param name="Runs">Capitalised runs outside the dates and outside any byline found on the line.</param>
/// <param name="HasByline">The line carries a byline found by its cue ("By X").</param>
public sealed record Dateline(int Line, IReadOnlyList<PublicationDateCandidate> Dates, IReadOnlyList<NameRun> Runs, bool HasByline);
