using CorpusLint.Caching;
using CorpusLint.Engine;

namespace CorpusLint.Cli.Commands;

/// <summary>How a document of the walk differs from a report snapshot's.</summary>
internal enum SnapshotChange
{
    /// <summary>Its stamp changed (another size, or the same size and another content hash), or only its stamp (a touch).</summary>
    Edited,

    /// <summary>The walk has it and the snapshot does not: its part goes before the manifest's document at <see cref="SnapshotDocument.Index"/>.</summary>
    Added,

    /// <summary>The snapshot has it and the walk does not: its part is left out.</summary>
    Deleted,

    /// <summary>Its configuration changed (and maybe its content): its part is replaced, and the manifest notes the new configuration.</summary>
    Reconfigured,
}

/// <summary>
/// A document of a report snapshot whose stamp changed, or that was added or deleted since: its place in the manifest
/// and in the body, and the diagnostics shown before it.
/// </summary>
internal sealed record SnapshotDocument(int Index, DocumentInput Input, DocumentStamp Stamp, ManifestEntry Entry, long Offset, int WrittenBefore)
{
    public SnapshotChange Change { get; init; }

    /// <summary>Its place among the changed documents in the walk's order, which is the report's.</summary>
    public int Sequence { get; init; }

    /// <summary>An added or reconfigured document's configuration (the manifest has the others').</summary>
    public ManifestConfiguration Configuration { get; init; }
}
