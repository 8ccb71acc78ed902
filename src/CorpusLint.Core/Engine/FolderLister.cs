using System.IO.Enumeration;
using Mono.Unix;
using Mono.Unix.Native;

namespace CorpusLint.Engine;

/// <summary>What a folder entry is, as far as the walk needs to know: a file (or anything else to open), a folder, a link to a folder.</summary>
internal enum FolderEntryKind
{
    File,
    Folder,
    FolderLink,
}

/// <summary>
/// One entry of a folder listing: its name (see <see cref="NativePath"/> for names that are not UTF-8) and kind. A class:
/// ReadyToRun cannot precompile the BCL's folder enumerator for a struct of ours, and compiling it at run time cost every
/// run 10 ms, more than the objects do.
/// </summary>
internal sealed record FolderEntry(string Name, FolderEntryKind Kind)
{
    /// <summary>
    /// The walk order: a folder sorts as its name followed by '/', so that walking sorted folders depth-first yields
    /// full paths in ordinal order ("a/x" after "a.b" and before "ab").
    /// </summary>
    public static IComparer<FolderEntry> WalkOrder { get; } = Comparer<FolderEntry>.Create(static (a, b) =>
    {
        var common = Math.Min(a.Name.Length, b.Name.Length);
        var order = string.CompareOrdinal(a.Name, 0, b.Name, 0, common);
        return order != 0 ? order : SortChar(a, common).CompareTo(SortChar(b, common));
    });

    private static int SortChar(FolderEntry entry, int index) =>
        index < entry.Name.Length ? entry.Name[index] : entry.Kind == FolderEntryKind.File ? -1 : '/';
}

/// <summary>
/// Lists a folder with the BCL, and again with Mono.Unix when a name came back lossy (not valid UTF-8) or the folder's
/// own path holds such bytes, so that every file can be opened again by the name it was listed under.
/// </summary>
internal static class FolderLister
{
    private static readonly EnumerationOptions Everything = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The folder's entries in <see cref="FolderEntry.WalkOrder"/>, or null with the reason in <paramref name="problem"/>.</summary>
    public static List<FolderEntry>? List(string folder, out string? problem)
    {
        problem = null;
        var entries = NativePath.HasRawBytes(folder) ? null : ListWithBcl(folder, out problem);
        var lossy = entries?.Exists(e => e.Name.Contains('\uFFFD')) ?? NativePath.HasRawBytes(folder);
        if (lossy && !OperatingSystem.IsWindows())
        {
            entries = ListWithPosix(folder, out problem);
        }

        entries?.Sort(FolderEntry.WalkOrder);
        return entries;
    }

    private static List<FolderEntry>? ListWithBcl(string folder, out string? problem)
    {
        try
        {
            var listing = new FileSystemEnumerable<FolderEntry>(folder, static (ref FileSystemEntry entry) => new FolderEntry(entry.FileName.ToString(), KindOf(ref entry)), Everything);
            problem = null;
            return [.. listing];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problem = e is DirectoryNotFoundException ? "it disappeared during the scan" : DocumentFile.DescribeReadError(e);
            return null;
        }
    }

    private static FolderEntryKind KindOf(ref FileSystemEntry entry)
    {
        if (!entry.IsDirectory)
        {
            return FolderEntryKind.File;
        }

        return (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? FolderEntryKind.FolderLink : FolderEntryKind.Folder;
    }

    private static List<FolderEntry>? ListWithPosix(string folder, out string? problem)
    {
        try
        {
            var entries = new List<FolderEntry>();
            foreach (var entry in new UnixDirectoryInfo(folder).GetFileSystemEntries())
            {
                var kind = entry.FileType switch
                {
                    FileTypes.Directory => FolderEntryKind.Folder,
                    FileTypes.SymbolicLink when Syscall.stat(entry.FullName, out var target) == 0
                        && (target.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFDIR => FolderEntryKind.FolderLink,
                    _ => FolderEntryKind.File,
                };
                entries.Add(new FolderEntry(entry.Name, kind));
            }

            problem = null;
            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            problem = e is UnauthorizedAccessException ? "permission denied" : e.Message;
            return null;
        }
    }
}
