using CorpusLint.Model.Dates;

namespace CorpusLint.Model.Layout;

/// <summary>
/// A timestamp line: a date or time and little else (<c>Nov. 19, 2019 8:03 am ET</c>, <c>August 10, 2018 at 9:40 am</c>,
/// <c>By Maren Estrada 2 days ago</c>), as under a byline, a comment or a teaser.
/// </summary>
internal static class Stamps
{
    public static bool IsStamp(Document document, Line line, int maxOtherWords, out bool hasTime)
    {
        var words = document.GetWords(line);
        int anchors = 0, numbers = 0, others = 0;
        hasTime = false;
        foreach (var word in words)
        {
            var text = document.GetText(word);
            if (char.IsAsciiDigit(text[0]))
            {
                numbers++;
                hasTime |= word.End < document.Text.Length - 1 && document.Text[word.End] == ':' && char.IsAsciiDigit(document.Text[word.End + 1]);
            }
            else if (DateWords.Lookup.TryGetValue(text, out var dateWord))
            {
                anchors += dateWord.Kind is DateWordKind.Month or DateWordKind.Weekday or DateWordKind.Meridiem ? 1 : 0;
                hasTime |= dateWord.Kind == DateWordKind.Meridiem;
            }
            else if (text.Equals("ago", StringComparison.OrdinalIgnoreCase))
            {
                anchors++;
                hasTime = true;
            }
            else if (!IsStampWord(text) && ++others > maxOtherWords)
            {
                return false;
            }
        }

        return anchors > 0 && numbers > 0 && words.Length > others;
    }

    private static bool IsStampWord(ReadOnlySpan<char> word) =>
        word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.StartsWith("minute", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("hour", StringComparison.OrdinalIgnoreCase) || word.StartsWith("day", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("week", StringComparison.OrdinalIgnoreCase) || word.StartsWith("min", StringComparison.OrdinalIgnoreCase)
        || word.Equals("hrs", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase)
        || word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase);
}
