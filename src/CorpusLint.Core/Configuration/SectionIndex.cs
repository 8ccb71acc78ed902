using System.Text;

namespace CorpusLint.Configuration;

/// <summary>One section of an editorconfig file: its glob, the line of its header, and where its text is.</summary>
internal sealed record ConfigSection(SectionGlob Glob, int Line, int Start, int End);

/// <summary>
/// The sections of a large editorconfig file, indexed by the literal start and end of their globs. Roslyn matches a
/// path against every section (a regular expression each): with 100,000 sections that is most of a second per
/// document, and minutes to compile. Instead each document's candidate sections (those whose literal start and end
/// fit its path) are found with a few hash lookups, and Roslyn gets a file of just those, built once for each distinct
/// set of candidates (in practice once per folder) and shared by every document with the same set.
/// </summary>
internal sealed class SectionIndex
{
    /// <summary>Files with more sections than this are filtered; smaller ones go to Roslyn whole, as they are.</summary>
    public const int FilterFromSections = 64;

    private readonly string _text;
    private readonly int _preambleEnd;
    private readonly List<ConfigSection> _sections;
    private readonly Dictionary<string, List<int>> _byPathPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byNamePrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySuffix = new(StringComparer.Ordinal);
    private readonly List<int> _always = [];

    public SectionIndex(string text)
    {
        _text = text;
        _sections = ConfigFileEntries.ReadSections(text);
        _preambleEnd = _sections.Count > 0 ? _sections[0].Start : text.Length;
        for (var i = 0; i < _sections.Count; i++)
        {
            var glob = _sections[i].Glob;
            if (!glob.IsValid)
            {
                continue; // Roslyn ignores it too; the validator has warned.
            }

            var bucket = glob.Prefix.Length > 0 ? (glob.MatchesFileNameOnly ? _byNamePrefix : _byPathPrefix)
                : glob.Suffix.Length > 0 ? _bySuffix
                : null;
            var key = glob.Prefix.Length > 0 ? glob.Prefix : glob.Suffix;
            if (bucket is null)
            {
                _always.Add(i);
            }
            else if (bucket.TryGetValue(key, out var list))
            {
                list.Add(i);
            }
            else
            {
                bucket[key] = [i];
            }
        }
    }

    public IReadOnlyList<ConfigSection> Sections => _sections;

    public bool Filters => _sections.Count > FilterFromSections;

    /// <summary>The sections that may match a document at <paramref name="relativePath"/> ('/'-separated, below the file's folder), in file order.</summary>
    public List<int> Candidates(string relativePath)
    {
        var fileName = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        var found = new List<int>(_always);
        AddByPrefix(_byPathPrefix, relativePath, relativePath, found);
        AddByPrefix(_byNamePrefix, fileName, relativePath, found);
        var suffixes = _bySuffix.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < relativePath.Length; start++)
        {
            if (suffixes.TryGetValue(relativePath.AsSpan(start), out var list))
            {
                found.AddRange(list);
            }
        }

        found.Sort();
        return found;
    }

    /// <summary>The file's text with only <paramref name="sections"/> (its preamble always kept): what Roslyn parses for them.</summary>
    public string TextOf(IReadOnlyList<int> sections)
    {
        var text = new StringBuilder(_preambleEnd + 64 * sections.Count).Append(_text, 0, _preambleEnd);
        foreach (var index in sections)
        {
            var section = _sections[index];
            text.Append(_text, section.Start, section.End - section.Start);
            if (section.End == _text.Length || _text[section.End - 1] != '\n')
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private void AddByPrefix(Dictionary<string, List<int>> byPrefix, string subject, string relativePath, List<int> found)
    {
        if (byPrefix.Count == 0)
        {
            return;
        }

        var lookup = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = 1; length <= subject.Length; length++)
        {
            if (lookup.TryGetValue(subject.AsSpan(0, length), out var list))
            {
                found.AddRange(list.Where(i => relativePath.EndsWith(_sections[i].Glob.Suffix, StringComparison.Ordinal)));
            }
        }
    }
}
