using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>
/// One document's cached result: what the file was when read (its stamp, and whether that stamp alone can vouch for the
/// content, see <see cref="ResultCache.StampSettleTime"/>), the hash of its content, the hash of its effective
/// options and display path, the severities it was made under (<see cref="Configuration.SeverityKeys"/>), and the encoded
/// result (<see cref="ResultCodec"/>), kept as bytes until a run asks for it.
/// </summary>
internal sealed record CacheEntry(DocumentStamp Stamp, bool StampTrusted, Hash128 ContentHash, Hash128 Context, ReadOnlyMemory<byte> Severities, ReadOnlyMemory<byte> Payload);
