using System.Runtime.InteropServices;
using System.Text;

namespace CorpusLint.Engine;

/// <summary>
/// stat(2) through the C library's statx(2), whose buffer has one layout on every Linux architecture. Mono.Posix's
/// stat copies the path through its own allocator and converts its structure field by field, several times the cost of
/// the system call itself, and a warm run takes one per document. Gives the very values Mono.Posix's stat and fstat
/// give (<see cref="DocumentFile"/> compares stamps from both).
/// </summary>
internal static class LinuxStat
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint BasicStats = 0x7FF; // STATX_BASIC_STATS

    /// <summary>STATX_TYPE, STATX_MODE, STATX_MTIME, STATX_CTIME, STATX_INO and STATX_SIZE: what a stamp is made of.</summary>
    private const uint StampFields = 0x1 | 0x2 | 0x40 | 0x80 | 0x100 | 0x200;

    private const int BufferBytes = 256;
    private const int FileTypeMask = 0xF000; // S_IFMT
    private const int RegularFile = 0x8000; // S_IFREG
    private const int NoSuchSystemCall = 38; // ENOSYS

    private static volatile bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// Whether statx answered: then <paramref name="stamp"/> is the stamp of the regular file at <paramref name="fullPath"/>
    /// (symbolic links followed), or null when it is not one or cannot be seen. False when statx cannot answer (another C
    /// library, an old kernel, a file system without those fields, a name only Mono.Unix can pass on): ask Mono.Posix.
    /// </summary>
    public static bool TryStat(string fullPath, out DocumentStamp? stamp)
    {
        stamp = null;
        if (s_unavailable || NativePath.HasRawBytes(fullPath))
        {
            return false;
        }

        var path = new byte[Encoding.UTF8.GetByteCount(fullPath) + 1];
        Encoding.UTF8.GetBytes(fullPath, path);
        var buffer = new byte[BufferBytes];
        try
        {
            if (Statx(CurrentDirectory, path, 0, BasicStats, buffer) != 0)
            {
                if (Marshal.GetLastPInvokeError() == NoSuchSystemCall)
                {
                    s_unavailable = true;
                    return false;
                }

                return true;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_unavailable = true;
            return false;
        }

        ReadOnlySpan<byte> span = buffer; // in the machine's byte order, as the kernel wrote it
        if ((MemoryMarshal.Read<uint>(span) & StampFields) != StampFields)
        {
            return false;
        }

        if ((MemoryMarshal.Read<ushort>(span[28..]) & FileTypeMask) != RegularFile)
        {
            return true;
        }

        stamp = DocumentFile.StampOf(
            length: (long)MemoryMarshal.Read<ulong>(span[40..]),
            modifiedSeconds: MemoryMarshal.Read<long>(span[112..]),
            modifiedNanoseconds: MemoryMarshal.Read<uint>(span[120..]),
            changedSeconds: MemoryMarshal.Read<long>(span[96..]),
            changedNanoseconds: MemoryMarshal.Read<uint>(span[104..]),
            fileId: MemoryMarshal.Read<ulong>(span[32..]));
        return true;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
