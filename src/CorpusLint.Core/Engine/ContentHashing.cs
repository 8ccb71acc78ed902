using System.Buffers;
using System.IO.Hashing;

namespace CorpusLint.Engine;

/// <summary>The content hash a result cache compares (XxHash128: tens of GB/s, so a touched file costs its read, not its hash).</summary>
internal static class ContentHashing
{
    /// <summary>Bytes hashed per read when a document is too large to hold.</summary>
    private const int ChunkBytes = 1 << 20;

    /// <summary>Hashes a document read in chunks, as far as its length when opened.</summary>
    public static Hash128 Hash(DocumentBytes bytes)
    {
        var hash = new XxHash128();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            long offset = 0;
            int read;
            while ((read = bytes.Read(buffer.AsSpan(0, ChunkBytes), offset)) > 0)
            {
                hash.Append(buffer.AsSpan(0, read));
                offset += read;
            }

            return Hash128.Of(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
