using System.Collections;
using CorpusLint.Rules;

namespace CorpusLint.Caching;

/// <summary>
/// A cached document's diagnostics, kept as the bytes the cache holds (<see cref="ResultCodec"/>) and decoded on first
/// read, once. A warm run passes most results through CL2012's spool before any reporter reads them: the spool keeps
/// these bytes as they are (<see cref="Corpus.ResultSpool"/>) instead of decoding them in a worker and encoding them
/// again, so each diagnostic is decoded once, by the reporter. The bytes were checked when the entry was served
/// (<see cref="ResultCodec.MeasureDiagnostics"/>), so reading them later cannot fail.
/// </summary>
internal sealed class EncodedDiagnostics(ResultCodec codec, string path, int count, ReadOnlyMemory<byte> encoded) : IReadOnlyList<LintDiagnostic>
{
    private LintDiagnostic[]? _decoded;

    public ResultCodec Codec => codec;

    /// <summary>The path the diagnostics are given under.</summary>
    public string Path => path;

    public ReadOnlyMemory<byte> Encoded => encoded;

    public int Count => count;

    public LintDiagnostic this[int index] => Decoded[index];

    // Results go from thread to thread through locks; two threads decoding at once would only decode twice.
    private LintDiagnostic[] Decoded => _decoded ??= codec.DecodeDiagnostics(encoded.Span, count, path);

    public IEnumerator<LintDiagnostic> GetEnumerator() => ((IEnumerable<LintDiagnostic>)Decoded).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
