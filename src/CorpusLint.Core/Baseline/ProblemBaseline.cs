using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusLint.IO;
using CorpusLint.Rules;

namespace CorpusLint.Baseline;

/// <summary>
/// Problems accepted as they are (SPEC §7), so an archive with thousands of old problems can adopt CorpusLint and
/// still block new ones. A problem is known by its document, rule and <see cref="DiagnosticFingerprint"/>, never
/// its line, so text moving up or down does not bring old problems back; a document with the same problem twice
/// needs two entries (a count) to hide both.
/// </summary>
public sealed class ProblemBaseline
{
    /// <summary>Bumped when the file's meaning changes; an older or newer file is refused rather than misread.</summary>
    public const int FormatVersion = 1;

    private readonly SortedDictionary<string, IReadOnlyList<BaselineEntry>> _documents;

    private ProblemBaseline(string path, SortedDictionary<string, IReadOnlyList<BaselineEntry>> documents)
    {
        FullPath = Path.GetFullPath(path);
        _documents = documents;
    }

    /// <summary>The baseline file; document keys are relative to its folder.</summary>
    public string FullPath { get; }

    /// <summary>Problems recorded, counting repeats.</summary>
    public int Count => _documents.Values.Sum(entries => entries.Sum(e => e.Count));

    /// <summary>A baseline with nothing in it, to be written at <paramref name="path"/>.</summary>
    public static ProblemBaseline Empty(string path) => new(path, new SortedDictionary<string, IReadOnlyList<BaselineEntry>>(StringComparer.Ordinal));

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="InvalidDataException">The file is not a CorpusLint baseline of this version; the message says why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ProblemBaseline Load(string path)
    {
        BaselineFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize(stream, BaselineJsonContext.Default.BaselineFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a CorpusLint baseline ({e.Message})");
        }

        if (file?.Documents is null || file.Version != FormatVersion)
        {
            throw new InvalidDataException($"{path}: not a CorpusLint baseline of format version {FormatVersion}; write it again with --update-baseline");
        }

        var documents = new SortedDictionary<string, IReadOnlyList<BaselineEntry>>(StringComparer.Ordinal);
        foreach (var (key, entries) in file.Documents)
        {
            documents[key] = entries ?? [];
        }

        return new ProblemBaseline(path, documents);
    }

    /// <summary>The key of a document: its path relative to the baseline's folder, with '/' separators.</summary>
    public string KeyOf(string documentFullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(FullPath)!, documentFullPath).Replace('\\', '/');

    /// <summary>
    /// Splits <paramref name="diagnostics"/> into the new ones and those the baseline holds. Entries of the
    /// documents in <paramref name="lintedDocuments"/> (full paths) that no diagnostic matched are counted as fixed.
    /// </summary>
    public BaselineComparison Compare(IReadOnlyList<LintDiagnostic> diagnostics, Func<LintDiagnostic, string> fullPathOf, IEnumerable<string> lintedDocuments)
    {
        var remaining = new Dictionary<(string Document, string Rule, string Fingerprint), int>();
        foreach (var (document, entries) in _documents)
        {
            foreach (var entry in entries)
            {
                var key = (document, entry.Rule, entry.Fingerprint);
                remaining[key] = remaining.GetValueOrDefault(key) + entry.Count;
            }
        }

        var fresh = new List<LintDiagnostic>();
        var known = 0;
        foreach (var d in diagnostics)
        {
            var key = (KeyOf(fullPathOf(d)), d.Id, d.Fingerprint);
            if (remaining.TryGetValue(key, out var left) && left > 0)
            {
                remaining[key] = left - 1;
                known++;
            }
            else
            {
                fresh.Add(d);
            }
        }

        var linted = lintedDocuments.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var fixedSince = remaining.Where(r => linted.Contains(r.Key.Document)).Sum(r => r.Value);
        return new BaselineComparison(fresh, known, fixedSince);
    }

    /// <summary>
    /// The baseline after a run: the documents in <paramref name="lintedDocuments"/> get exactly the problems of
    /// <paramref name="diagnostics"/> (fixed ones drop out); other documents keep their entries while they exist.
    /// </summary>
    public ProblemBaseline Update(IReadOnlyList<LintDiagnostic> diagnostics, Func<LintDiagnostic, string> fullPathOf, IEnumerable<string> lintedDocuments)
    {
        var folder = Path.GetDirectoryName(FullPath)!;
        var linted = lintedDocuments.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var documents = new SortedDictionary<string, IReadOnlyList<BaselineEntry>>(StringComparer.Ordinal);
        foreach (var (document, entries) in _documents)
        {
            if (!linted.Contains(document) && File.Exists(Path.Combine(folder, document)))
            {
                documents[document] = entries;
            }
        }

        foreach (var group in diagnostics.GroupBy(d => KeyOf(fullPathOf(d)), StringComparer.Ordinal))
        {
            documents[group.Key] = [.. group
                .GroupBy(d => (d.Id, d.Fingerprint))
                .Select(same => new BaselineEntry(same.Key.Id, same.Key.Fingerprint, same.Count(), same.First().Message))
                .OrderBy(e => e.Rule, StringComparer.Ordinal)
                .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)];
        }

        return new ProblemBaseline(FullPath, documents);
    }

    /// <summary>Writes the baseline atomically (a reader sees the old file or the new one).</summary>
    public void Save()
    {
        var file = new BaselineFile(FormatVersion, $"corpuslint {ToolInfo.Version}", _documents);
        AtomicFile.Write(FullPath, stream =>
        {
            // Messages and paths keep their letters and quotation marks readable (“ rather than \u201C).
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                JsonSerializer.Serialize(writer, file, BaselineJsonContext.Default.BaselineFile);
            }

            stream.WriteByte((byte)'\n');
        });
    }
}

/// <summary>What a baseline made of a run's diagnostics.</summary>
/// <param name="New">Diagnostics not in the baseline: the ones to report.</param>
/// <param name="Known">Diagnostics the baseline holds, not reported.</param>
/// <param name="FixedSince">Baseline entries of the linted documents that no longer occur (<c>--update-baseline</c> drops them).</param>
public sealed record BaselineComparison(IReadOnlyList<LintDiagnostic> New, int Known, int FixedSince);
