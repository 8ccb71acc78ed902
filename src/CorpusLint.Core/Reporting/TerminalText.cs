using System.Globalization;
using System.Text;

namespace CorpusLint.Reporting;

/// <summary>
/// Makes text from documents and file names safe to print on one line of a terminal: control characters (ESC would
/// drive the terminal, CR and LF would split the line), line and paragraph separators and bidirectional overrides
/// (which reorder what is shown) are written as escapes: <c>\n</c>, <c>\t</c>, <c>\x1B</c>, <c>\u202E</c>.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                AppendEscape(escaped, c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Whether <paramref name="c"/> must not reach a terminal or a log raw.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Appends the escape of one unsafe character: <c>\n</c>, <c>\x1B</c>, <c>\u202E</c>.</summary>
    public static void AppendEscape(StringBuilder escaped, char c) =>
        escaped.Append(c switch
        {
            '\n' => @"\n",
            '\r' => @"\r",
            '\t' => @"\t",
            < '\u0100' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
        });

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
