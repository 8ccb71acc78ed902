using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.GZip;
using ZstdSharp;

namespace CorpusLint.Datasets;

/// <summary>
/// The streams a JSON Lines dataset is read through and written to: the file, or its gzip or Zstandard (de)compression.
/// gzip is read with SharpZipLib rather than the BCL's GZipStream, which ends a truncated stream silently as if it were
/// whole: a dataset cut short in a copy must be reported, not linted as complete. Both decoders take streams of
/// several members or frames (<c>cat a.gz b.gz</c>).
/// </summary>
internal static class DatasetStreams
{
    /// <summary>Bytes read from the file at a time under the decompressor.</summary>
    private const int FileBufferBytes = 1 << 16;

    public static Stream OpenRead(Stream file, DatasetFormat format) => format switch
    {
        DatasetFormat.JsonlGzip => new GZipInputStream(new BufferedStream(file, FileBufferBytes)) { IsStreamOwner = true },
        DatasetFormat.JsonlZstd => new DecompressionStream(file, FileBufferBytes, checkEndOfStream: true, leaveOpen: false),
        _ => file,
    };

    public static Stream OpenWrite(Stream file, DatasetFormat format) => format switch
    {
        DatasetFormat.JsonlGzip => new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true),
        DatasetFormat.JsonlZstd => new CompressionStream(file, level: 3, leaveOpen: true),
        _ => file,
    };

    /// <summary>Whether an exception while reading says the compressed data ends early or is damaged (rather than that the file cannot be read).</summary>
    public static bool IsDamage(Exception e) => e is EndOfStreamException or InvalidDataException or ZstdException or SharpZipBaseException;

    public static string DescribeDamage(Exception e) => e switch
    {
        EndOfStreamException or SharpZipBaseException { Message: "Unexpected EOF" } => "the compressed stream ends early (the file is truncated)",
        _ => $"the compressed stream is damaged ({e.Message.TrimEnd('.')})",
    };
}
