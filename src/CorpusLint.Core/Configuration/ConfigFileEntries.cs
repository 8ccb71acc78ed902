namespace CorpusLint.Configuration;

/// <summary>One <c>key = value</c> line of an editorconfig file, with its line number and section.</summary>
internal sealed record ConfigFileEntry(int Line, string? Section, string Key, string Value);

/// <summary>
/// Reads the key/value lines of an editorconfig file. Roslyn's parser silently drops values it does not
/// understand (an unknown severity word simply vanishes), so this lighter pass exists to name the file,
/// line and key of a bad value and to find <c>root = true</c>, which Roslyn does not expose.
/// </summary>
internal static class ConfigFileEntries
{
    public static IReadOnlyList<ConfigFileEntry> Read(string text)
    {
        var entries = new List<ConfigFileEntry>();
        string? section = null;
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.IsEmpty || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1].ToString();
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var value = line[(equals + 1)..].Trim();
            entries.Add(new ConfigFileEntry(lineNumber, section, line[..equals].Trim().ToString().ToLowerInvariant(), value.ToString()));
        }

        return entries;
    }
}
