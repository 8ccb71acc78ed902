namespace CorpusLint.Quality;

// The quality report (SPEC §10). Usage:
//   dotnet run -c Release --project benchmarks/CorpusLint.Quality -- [--corpus DIR] [--jobs N] [--dump DIR] [seeds|clean|boilerplate|readability|wrapped|unspaced|spaces|markdown|linked|lynx|html2text|references|polnear|bylines|datasets|unseen ...]
// Exit codes: 0 all implemented figures meet their targets (or the corpus is absent: "skipped"), 1 a figure misses, 2 usage.
/// <summary>The console entry (a named class, so test projects that reference both this and the CLI see no clash of Program types).</summary>
public static class QualityProgram
{
    public static int Main(string[] args)
    {
        string? corpus = null;
        var jobs = 0;
        var sections = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                case "--jobs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n):
                    jobs = n;
                    i++;
                    break;
                case "--dump" when i + 1 < args.Length:
                    QualityReport.DumpFolder = Path.GetFullPath(args[++i]);
                    break;
                case "-h" or "--help":
                    Console.WriteLine("usage: CorpusLint.Quality [--corpus DIR] [--jobs N] [--dump DIR] [seeds|clean|boilerplate|readability|wrapped|unspaced|spaces|markdown|linked|lynx|html2text|references|polnear|bylines|datasets|unseen ...]");
                    return 0;
                default:
                    if (!QualityReport.SectionNames.Contains(args[i]))
                    {
                        Console.Error.WriteLine($"unknown argument '{args[i]}'; sections: {string.Join(", ", QualityReport.SectionNames)}");
                        return 2;
                    }

                    sections.Add(args[i]);
                    break;
            }
        }

        var found = CorpusLocator.Find(corpus);
        if (corpus is not null && found is null)
        {
            Console.Error.WriteLine($"corpus folder not found: {corpus}");
            return 2;
        }

        return QualityReport.Run(found, sections.Count > 0 ? sections : QualityReport.SectionNames, Console.Out, jobs);
    }
}
