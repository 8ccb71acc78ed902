using System.Globalization;
using System.Text;

namespace CorpusLint.Benchmarks;

/// <summary>
/// Writes the end-to-end corpus of SPEC §9 from real articles no one here wrote (<c>shared/corpus</c>, read at run
/// time and never copied into the repository): file <c>i</c> is clean article <c>i mod A</c> (A = 2,455 of them), and
/// every third file is wrapped in the scraped-page chrome of an English scrapinghub page: the lines its labels call
/// boilerplate above the first article line and below the last one (menus, sign-in and subscribe prompts, share
/// links, footers). Deterministic; files go into folders of 1,000 (<c>DIR/0000/a0000000.txt</c>) like the
/// synthetic corpus of <see cref="CorpusGenerator"/>.
/// </summary>
public static class RealArticleCorpus
{
    /// <summary>Chrome lines kept from each end of a page: enough for a menu and a footer, not a second article.</summary>
    private const int MaxChromeLines = 10;

    public static long Write(string corpus, string directory, int count)
    {
        var articles = Directory.GetFiles(Path.Combine(corpus, "clean"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var chrome = ReadChrome(Path.Combine(corpus, "boilerplate", "scrapinghub"));
        if (articles.Length == 0 || chrome.Count == 0)
        {
            throw new InvalidOperationException($"no articles or scraped pages under {corpus} (expected clean/*.txt and boilerplate/scrapinghub/)");
        }

        long total = 0;
        Parallel.For(0, count, () => 0L, (i, _, sum) =>
        {
            var folder = Path.Combine(directory, (i / 1000).ToString("0000", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var article = articles[i % articles.Length];
            byte[] bytes;
            if (i % 3 == 0)
            {
                var (top, bottom) = chrome[(i / 3) % chrome.Count];
                bytes = [.. top, .. article, .. bottom];
            }
            else
            {
                bytes = article;
            }

            File.WriteAllBytes(Path.Combine(folder, "a" + i.ToString("0000000", CultureInfo.InvariantCulture) + ".txt"), bytes);
            return sum + bytes.Length;
        }, sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary>The chrome above and below the article of each English page, as UTF-8 text with its line breaks.</summary>
    private static List<(byte[] Top, byte[] Bottom)> ReadChrome(string folder)
    {
        var english = File.ReadLines(Path.Combine(folder, "index.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length > 3 && f[3] == "en")
            .Select(f => f[0])
            .Order(StringComparer.Ordinal);
        var pages = new List<(byte[], byte[])>();
        foreach (var name in english)
        {
            var labelled = File.ReadLines(Path.Combine(folder, name + ".labels.tsv")).Skip(1)
                .Select(l => l.Split('\t', 3))
                .Where(f => f.Length == 3)
                .Select(f => (Label: f[1], Text: f[2]))
                .ToList();
            var firstArticle = labelled.FindIndex(l => l.Label != "B");
            var lastArticle = labelled.FindLastIndex(l => l.Label != "B");
            if (firstArticle <= 0 || lastArticle < firstArticle)
            {
                continue;
            }

            var top = labelled[..firstArticle].TakeLast(MaxChromeLines).Select(l => l.Text);
            var bottom = labelled[(lastArticle + 1)..].Take(MaxChromeLines).Select(l => l.Text);
            pages.Add((Encoding.UTF8.GetBytes(string.Join("\n", top) + "\n\n"), Encoding.UTF8.GetBytes("\n" + string.Join("\n", bottom) + "\n")));
        }

        return pages;
    }
}
