using System.Text.RegularExpressions;

namespace CorpusLint.Configuration;

/// <summary>
/// One <c>key = value</c> line of an editorconfig file: its line number, section, the key as written
/// (for messages), the key lower-cased (for matching, as Roslyn does) and the value without a trailing comment.
/// </summary>
internal sealed record ConfigFileEntry(int Line, string? Section, string Key, string Value)
{
    /// <summary>The key as the user wrote it, for messages.</summary>
    public string WrittenKey { get; init; } = Key;
}

/// <summary>
/// Reads the key/value lines of an editorconfig file. Roslyn's parser silently drops values it does not
/// understand (an unknown severity word simply vanishes), so this lighter pass exists to name the file,
/// line and key of a bad value and to find <c>root = true</c> and <c>is_global = true</c>, which Roslyn
/// does not expose. It accepts exactly the line syntax Roslyn's <c>AnalyzerConfig.Parse</c> accepts
/// (<c>=</c> or <c>:</c> separators, <c>#</c>/<c>;</c> comments, also at the end of a line), so that the
/// two never disagree about a value.
/// </summary>
internal static partial class ConfigFileEntries
{
    public static IReadOnlyList<ConfigFileEntry> Read(string text)
    {
        var entries = new List<ConfigFileEntry>();
        string? section = null;
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.ToString();
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart() is ['#' or ';', ..])
            {
                continue;
            }

            if (SectionPattern().Match(line) is { Success: true } sectionMatch)
            {
                section = sectionMatch.Groups[1].Value;
                continue;
            }

            if (PropertyPattern().Match(line) is { Success: true } property)
            {
                var key = property.Groups[1].Value;
                entries.Add(new ConfigFileEntry(lineNumber, section, key.ToLowerInvariant(), property.Groups[2].Value) { WrittenKey = key });
            }
        }

        return entries;
    }

    /// <summary>The sections of the file in order: glob, header line and the span of text from the header to the next one.</summary>
    public static List<ConfigSection> ReadSections(string text)
    {
        var sections = new List<ConfigSection>();
        var lineNumber = 0;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            lineNumber++;
            // The line breaks of Roslyn's SourceText, which AnalyzerConfig.Parse splits on.
            var length = text.AsSpan(lineStart).IndexOfAny("\r\n\u0085\u2028\u2029");
            var lineEnd = length < 0 ? text.Length : lineStart + length;
            var next = lineEnd + (lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : lineEnd < text.Length ? 1 : 0);
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.TrimStart().StartsWith("[") && SectionPattern().Match(line.ToString()) is { Success: true } header)
            {
                if (sections.Count > 0)
                {
                    sections[^1] = sections[^1] with { End = lineStart };
                }

                sections.Add(new ConfigSection(SectionGlob.Parse(header.Groups[1].Value), lineNumber, lineStart, text.Length));
            }

            lineStart = next;
        }

        return sections;
    }

    /// <summary>Whether the preamble (before any section) sets <paramref name="key"/> to <c>true</c>.</summary>
    public static bool IsSetInPreamble(IReadOnlyList<ConfigFileEntry> entries, string key) =>
        entries.Any(e => e.Section is null && e.Key == key && e.Value.Equals("true", StringComparison.OrdinalIgnoreCase));

    // The patterns of Roslyn's AnalyzerConfig (src/Compilers/Core/Portable/CommandLine/AnalyzerConfig.cs).
    [GeneratedRegex(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$")]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$")]
    private static partial Regex PropertyPattern();
}
