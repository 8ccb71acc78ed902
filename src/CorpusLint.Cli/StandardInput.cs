namespace CorpusLint.Cli;

/// <summary>
/// Standard input for <c>lint -</c>, refused when there is none to read. A process started with standard input closed
/// (<c>&lt;&amp;-</c>) finds one of the runtime's own pipes at descriptor 0, and reading it would wait forever; on
/// Linux that is seen in /proc: descriptor 0 missing, or a pipe that this process also holds open for writing.
/// A terminal is refused too: a document is piped or redirected in, not typed.
/// </summary>
internal static class StandardInput
{
    private const string OwnDescriptors = "/proc/self/fd";

    public static Stream Open()
    {
        if (IsClosed())
        {
            throw new InvalidOperationException("it is closed; redirect a document into it (corpuslint lint - --stdin-filename NAME < FILE)");
        }

        if (!Console.IsInputRedirected)
        {
            throw new InvalidOperationException("it is a terminal; pipe or redirect a document into it (corpuslint lint - --stdin-filename NAME < FILE)");
        }

        return Console.OpenStandardInput();
    }

    private static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(OwnDescriptors))
        {
            return false;
        }

        var input = LinkOf("0");
        if (input is null)
        {
            return true;
        }

        if (!input.StartsWith("pipe:", StringComparison.Ordinal) && !input.StartsWith("anon_inode:", StringComparison.Ordinal))
        {
            return false;
        }

        if (input.StartsWith("anon_inode:", StringComparison.Ordinal))
        {
            return true; // an eventfd or epoll of the runtime; nothing outside gives a process one as its input
        }

        foreach (var descriptor in Directory.EnumerateFileSystemEntries(OwnDescriptors))
        {
            var name = Path.GetFileName(descriptor);
            if (name != "0" && LinkOf(name) == input && IsOpenForWriting(name))
            {
                return true;
            }
        }

        return false;
    }

    private static string? LinkOf(string descriptor)
    {
        try
        {
            return new FileInfo(Path.Combine(OwnDescriptors, descriptor)).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsOpenForWriting(string descriptor)
    {
        try
        {
            // "flags:" holds the open flags in octal; the low two bits are the access mode (1 write, 2 read and write).
            var flags = File.ReadLines($"/proc/self/fdinfo/{descriptor}").FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
            return flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 3) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return false;
        }
    }
}
