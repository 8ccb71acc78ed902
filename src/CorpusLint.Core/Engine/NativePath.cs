using System.Globalization;
using System.Text;

namespace CorpusLint.Engine;

/// <summary>
/// File names that are not valid UTF-8 (Unix allows any bytes but '/' and NUL). .NET decodes them lossily, so a name
/// like <c>x\xE9.txt</c> comes back as <c>x�.txt</c> and cannot be opened again. Such names are listed with
/// Mono.Unix, which keeps each undecodable byte as U+0000 followed by a char of the byte's value; that form reopens
/// the file through Mono.Unix, is shown as <c>\xE9</c>, and is matched by configuration as U+FFFD.
/// </summary>
public static class NativePath
{
    /// <summary>The marker before each undecodable byte in a name listed by Mono.Unix.</summary>
    public const char ByteMarker = '\0';

    /// <summary>Whether the path holds bytes that only Mono.Unix can pass back to the operating system.</summary>
    public static bool HasRawBytes(string path) => path.Contains(ByteMarker);

    /// <summary>The path as reports show it: undecodable bytes as <c>\xHH</c>.</summary>
    public static string ToDisplay(string path) => Replace(path, b => string.Create(CultureInfo.InvariantCulture, $"\\x{b:X2}"));

    /// <summary>The path for configuration lookup and globs: undecodable bytes as U+FFFD.</summary>
    public static string ToConfigurationPath(string path) => Replace(path, _ => "\uFFFD");

    /// <summary>
    /// The path for a URI: each character percent-encoded as UTF-8 where URIs need it, '/' kept, and an undecodable
    /// byte as itself (<c>x%E9.txt</c>), which URIs allow, so a viewer finds the very file.
    /// </summary>
    public static string ToUriPath(string path)
    {
        var uri = new StringBuilder(path.Length + 16);
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/' && !(path[i] == ByteMarker && i + 1 < path.Length))
            {
                continue;
            }

            uri.Append(Uri.EscapeDataString(path[start..i]));
            if (i < path.Length && path[i] == '/')
            {
                uri.Append('/');
            }
            else if (i < path.Length)
            {
                uri.Append(CultureInfo.InvariantCulture, $"%{(int)path[++i]:X2}");
            }

            start = i + 1;
        }

        return uri.ToString();
    }

    private static string Replace(string path, Func<int, string> show)
    {
        if (!HasRawBytes(path))
        {
            return path;
        }

        var text = new StringBuilder(path.Length + 8);
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == ByteMarker && i + 1 < path.Length)
            {
                text.Append(show(path[++i]));
            }
            else
            {
                text.Append(path[i]);
            }
        }

        return text.ToString();
    }
}
