using System.Buffers;
using System.Globalization;
using System.Text;

namespace CorpusLint.Datasets;

/// <summary>
/// Writes a JSON string literal the way the common JSON Lines writers do, so that a fixed record differs from the
/// original only where its text changed: quotation marks, backslashes and control characters escaped (<c>\n</c>,
/// <c>\t</c>, <c>\u0001</c>), everything else as UTF-8; or, for a text that was written in ASCII only (Python's
/// <c>json.dumps</c> default), every other character as <c>\uXXXX</c>.
/// </summary>
internal static class JsonString
{
    public static void Write(Stream output, string text, bool asciiOnly)
    {
        var builder = new StringBuilder(text.Length + 16);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case < ' ':
                case > '~' when asciiOnly:
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(builder.Length));
        try
        {
            var count = Encoding.UTF8.GetBytes(builder.ToString(), bytes);
            output.Write(bytes, 0, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
