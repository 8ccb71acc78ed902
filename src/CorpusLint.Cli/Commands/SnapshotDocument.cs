using CorpusLint.Caching;
using CorpusLint.Engine;

namespace CorpusLint.Cli.Commands;

/// <summary>A document of a report snapshot whose stamp changed: its place in the manifest and in the body, and the diagnostics shown before it.</summary>
internal sealed record SnapshotDocument(int Index, DocumentInput Input, DocumentStamp Stamp, ManifestEntry Entry, long Offset, int WrittenBefore);
