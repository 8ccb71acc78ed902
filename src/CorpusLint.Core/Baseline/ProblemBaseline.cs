using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusLint.Engine;
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
    /// <remarks>2: fingerprints are XxHash128 (<see cref="DiagnosticFingerprint"/>); format 1's were SHA-256.</remarks>
    public const int FormatVersion = 2;

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
    /// <exception cref="OutdatedBaselineException">The file is a baseline of an earlier format, which cannot be matched.</exception>
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

        if (file?.Documents is not null && file.Version is > 0 and < FormatVersion)
        {
            throw new OutdatedBaselineException(
                $"{path}: a baseline of format version {file.Version}, whose fingerprints this CorpusLint no longer computes");
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
    /// Splits the diagnostics of one linted document into the new ones and those the baseline holds, keeping their
    /// order; the document's entries that no diagnostic matched are counted as fixed since. CL0001 and CL0002 (the
    /// run failed on the document) are never held: no baseline hides a failure.
    /// </summary>
    public BaselineComparison CompareDocument(string documentFullPath, IReadOnlyList<LintDiagnostic> diagnostics)
    {
        if (!_documents.TryGetValue(KeyOf(documentFullPath), out var entries))
        {
            return new BaselineComparison(diagnostics, 0, 0);
        }

        var remaining = new Dictionary<(string Rule, string Fingerprint), int>();
        foreach (var entry in entries)
        {
            remaining[(entry.Rule, entry.Fingerprint)] = remaining.GetValueOrDefault((entry.Rule, entry.Fingerprint)) + entry.Count;
        }

        var fresh = new List<LintDiagnostic>();
        var known = 0;
        foreach (var d in diagnostics)
        {
            if (!EngineDiagnostics.IsFailure(d) && remaining.TryGetValue((d.Id, d.Fingerprint), out var left) && left > 0)
            {
                remaining[(d.Id, d.Fingerprint)] = left - 1;
                known++;
            }
            else
            {
                fresh.Add(d);
            }
        }

        return new BaselineComparison(fresh, known, remaining.Values.Sum());
    }

    /// <summary>Starts the baseline that <c>--update-baseline</c> writes: this one, with each document a run lints recorded afresh.</summary>
    public Recorder StartUpdate() => new(this);

    /// <summary>
    /// Records a run's problems document by document: a linted document gets exactly its problems (fixed ones drop
    /// out); documents the run did not lint keep their entries while they exist. Holds the baseline, never the diagnostics.
    /// </summary>
    public sealed class Recorder
    {
        private readonly ProblemBaseline _old;
        private readonly SortedDictionary<string, IReadOnlyList<BaselineEntry>> _documents;
        private readonly HashSet<string> _notLinted;

        internal Recorder(ProblemBaseline old)
        {
            _old = old;
            _documents = new SortedDictionary<string, IReadOnlyList<BaselineEntry>>(old._documents, StringComparer.Ordinal);
            _notLinted = [.. old._documents.Keys];
        }

        /// <summary>Records the problems of one linted document (CL0001 and CL0002 are failures, not problems, and are left out).</summary>
        public void Record(string documentFullPath, IReadOnlyList<LintDiagnostic> diagnostics)
        {
            var key = _old.KeyOf(documentFullPath);
            _notLinted.Remove(key);
            var problems = diagnostics.Where(d => !EngineDiagnostics.IsFailure(d)).ToList();
            if (problems.Count == 0)
            {
                _documents.Remove(key);
                return;
            }

            _documents[key] = [.. problems
                .GroupBy(d => (d.Id, d.Fingerprint))
                .Select(same => new BaselineEntry(same.Key.Id, same.Key.Fingerprint, same.Count(), same.First().Message))
                .OrderBy(e => e.Rule, StringComparer.Ordinal)
                .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)];
        }

        /// <summary>The new baseline; entries of documents that were not linted and no longer exist are dropped.</summary>
        public ProblemBaseline ToBaseline()
        {
            var folder = Path.GetDirectoryName(_old.FullPath)!;
            foreach (var key in _notLinted.Where(key => !DocumentExists(folder, key)))
            {
                _documents.Remove(key);
            }

            return new ProblemBaseline(_old.FullPath, _documents);
        }

        /// <summary>Whether the document a key names still exists: a file, or a record of a dataset file (<c>news.jsonl#17</c>) whose file does.</summary>
        private static bool DocumentExists(string folder, string key)
        {
            if (File.Exists(Path.Combine(folder, key)))
            {
                return true;
            }

            // The file's own name may hold a '#', and so may the record's id: any '#' may be the one that ends the file's name.
            for (var hash = key.IndexOf('#'); hash > 0; hash = key.IndexOf('#', hash + 1))
            {
                if (Datasets.DatasetFile.Detect(key[..hash]) is not null && File.Exists(Path.Combine(folder, key[..hash])))
                {
                    return true;
                }
            }

            return false;
        }
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

/// <summary>What a baseline made of a document's diagnostics.</summary>
/// <param name="New">Diagnostics not in the baseline: the ones to report.</param>
/// <param name="Known">Diagnostics the baseline holds, not reported.</param>
/// <param name="FixedSince">Baseline entries of the document that no longer occur (<c>--update-baseline</c> drops them).</param>
public sealed record BaselineComparison(IReadOnlyList<LintDiagnostic> New, int Known, int FixedSince);

/// <summary>
/// A baseline written by an earlier CorpusLint in a format whose fingerprints are no longer computed: nothing in it can
/// be matched. <c>--update-baseline</c> writes it again; any other run refuses it.
/// </summary>
public sealed class OutdatedBaselineException(string message) : Exception(message);
