using CorpusLint.Model;

namespace CorpusLint.Rules.Quotes;

/// <summary>
/// Quote rules report once per paragraph, at the first problem, and count the rest in the message:
/// ten thousand nested marks are one defect to the reader, not ten thousand diagnostics.
/// </summary>
internal static class FirstInParagraph
{
    /// <summary>Calls <paramref name="report"/> with the first mark of each paragraph and how many more that paragraph has.</summary>
    public static void Report(IEnumerable<QuoteMark> marks, Action<QuoteMark, int> report)
    {
        QuoteMark? first = null;
        var more = 0;
        foreach (var mark in marks)
        {
            if (first is { } f && f.Paragraph == mark.Paragraph)
            {
                more++;
                continue;
            }

            if (first is { } previous)
            {
                report(previous, more);
            }

            first = mark;
            more = 0;
        }

        if (first is { } last)
        {
            report(last, more);
        }
    }

    /// <summary>The mark as the message shows it (a doubled ‘‘ or '' is two characters).</summary>
    public static string Show(QuoteMark mark) => mark.Doubled ? new string(mark.Char, 2) : mark.Char.ToString();
}
