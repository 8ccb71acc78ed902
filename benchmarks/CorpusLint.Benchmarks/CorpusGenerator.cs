using System.Globalization;
using System.Text;

namespace CorpusLint.Benchmarks;

/// <summary>
/// Writes a synthetic corpus for the end-to-end benchmark (SPEC §9): N article files of about 2.5 KB built
/// from templates written for this project (headline, byline, dateline, paragraphs with attributed and
/// multi-paragraph quotations, the odd defect), a third of them wrapped in scraped-page chrome (menus,
/// "Read more" teasers, subscribe prompts, share links, legal footer). Deterministic for a given seed:
/// file i uses its own generator seeded with (seed, i), so files can be written in parallel.
/// Files go into folders of 1,000 (<c>DIR/0000/a0000000.txt</c>).
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Names = ["Maria Lindqvist", "Tomas Berg", "Eva Holm", "Jonas Ek", "Amira Haddad", "Piotr Nowak", "Lucía Ortega", "Kenji Sato", "Grace Mensah", "Dragan Petrović", "Hannah Weiss", "Omar Farouk"];
    private static readonly string[] Roles = ["the council chair", "a spokesperson for the ministry", "the union's regional secretary", "an economist at the university", "the harbour master", "a local shop owner", "the opposition leader", "the head of the residents' association"];
    private static readonly string[] Places = ["Northport", "the island", "Eastfield", "the river valley", "the old town", "Kestrel Bay", "the capital", "Lindenberg"];
    private static readonly string[] Subjects = ["ferry timetable", "school budget", "bridge repairs", "water tariff", "housing plan", "bus network", "library hours", "flood defences", "hospital wing", "cycle lanes"];
    private static readonly string[] Verbs = ["approved", "rejected", "postponed", "revised", "debated", "endorsed", "questioned", "scrapped"];
    private static readonly string[] Bodies = ["council", "regional assembly", "ministry", "port authority", "school board", "transport committee"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] SpeechVerbs = ["said", "told reporters", "added", "warned", "argued", "wrote in a statement"];

    private static readonly string[] Sentences =
    [
        "The {body} {verb} the {subject} on {weekday} after a debate that lasted most of the afternoon.",
        "Residents of {place} had collected {number} signatures in support of the change, according to organisers.",
        "The decision follows months of complaints about the {subject}, which critics say has been neglected for years.",
        "Officials estimate the cost at €{thousands},000 a year, to be met from the regional budget.",
        "A final vote is expected in {month}, when the {body} meets again to review the figures.",
        "Earlier proposals to change the {subject} were {verb} twice, in part because of objections from {place}.",
        "The plan includes a review after twelve months and a public consultation before any further changes.",
        "Business owners in {place} said the uncertainty had made it difficult to plan for the coming season.",
        "Figures published by the {body} show that use of the service has risen by {small} per cent since last year.",
        "The opposition called for an independent audit, arguing that the numbers presented were incomplete.",
        "Supporters say the change will bring {place} in line with neighbouring towns, which made similar reforms.",
        "Several speakers asked for the documents to be published in full before the next meeting.",
    ];

    private static readonly string[] Quotes =
    [
        "We listened to the people who depend on this every day, and we acted on what they told us",
        "This is a decision that should have been made years ago, and I am glad we finally got here",
        "Nobody has explained where the money will come from, and that worries me",
        "It is a fair compromise, even if it does not give everyone what they wanted",
        "We will keep pressing until the promises made tonight are kept",
        "The numbers simply do not add up, and residents deserve a straight answer",
    ];

    private static readonly string[] ChromeTop =
    [
        "Skip to content", "Home | News | Politics | Business | Sport | Culture | Opinion", "- [News](https://example.org/news)\n- [Opinion](https://example.org/opinion)\n- [Sport](https://example.org/sport)",
        "Subscribe now for unlimited access", "Sign in | Register", "THE NORTHPORT COURIER", "Menu", "Search",
    ];

    private static readonly string[] ChromeBottom =
    [
        "Read more", "[Read more](https://example.org/more)", "Related content", "Most read", "Share this article", "Follow us on social media",
        "Sign up for our weekly newsletter", "Support independent journalism: contribute today", "Leave a Reply", "Log in to comment",
        "© 2024 The Northport Courier. All rights reserved.", "Privacy policy | Cookie settings | Terms of use",
        "- [Island school to reopen](https://example.org/school)\n- [New bridge plans shelved](https://example.org/bridge)",
    ];

    /// <summary>The text of article <paramref name="index"/> (deterministic for a seed).</summary>
    public static string Article(int seed, int index, int targetBytes = 2500)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index) & int.MaxValue);
        var withChrome = index % 3 == 0;
        var text = new StringBuilder(targetBytes + 512);
        if (withChrome)
        {
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                text.Append(Pick(random, ChromeTop)).Append("\n\n");
            }
        }

        text.Append(Fill(random, "{Body} {verb} {subject} in {place}")).Append("\n\n");
        text.Append("By ").Append(Pick(random, Names)).Append('\n');
        text.Append(Pick(random, Months)).Append(' ').Append(random.Next(1, 29)).Append(", ").Append(random.Next(2015, 2025)).Append("\n\n");

        var bodyBytes = withChrome ? targetBytes - 400 : targetBytes;
        var openQuotation = false;
        while (text.Length < bodyBytes)
        {
            var kind = random.Next(10);
            if (openQuotation)
            {
                // The newswire convention: a quotation that runs on reopens in the next paragraph.
                text.Append('“').Append(Pick(random, Quotes)).Append(".”\n\n");
                openQuotation = false;
            }
            else if (kind < 3)
            {
                var speaker = random.Next(2) == 0 ? Pick(random, Names) : Pick(random, Roles);
                var quote = Pick(random, Quotes);
                if (random.Next(5) == 0)
                {
                    text.Append('“').Append(quote).Append(",” ").Append(speaker).Append(' ').Append(Pick(random, SpeechVerbs)).Append(". “").Append(Pick(random, Quotes)).Append(".\n\n");
                    openQuotation = true;
                }
                else
                {
                    text.Append('“').Append(quote).Append(",” ").Append(speaker).Append(' ').Append(Pick(random, SpeechVerbs)).Append(".\n\n");
                }
            }
            else
            {
                for (var s = random.Next(2, 4); s > 0; s--)
                {
                    text.Append(Fill(random, Pick(random, Sentences))).Append(s > 1 ? " " : "\n\n");
                }
            }
        }

        if (withChrome)
        {
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                text.Append(Pick(random, ChromeBottom)).Append("\n\n");
            }
        }

        // Some files end without a final newline, some lines keep trailing spaces: hygiene rules have work.
        var result = text.ToString().TrimEnd('\n') + (random.Next(4) == 0 ? "" : "\n");
        return random.Next(10) == 0 ? result.Replace(".\n\n", ". \n\n", StringComparison.Ordinal) : result;
    }

    /// <summary>Writes <paramref name="count"/> files under <paramref name="directory"/>; returns the bytes written.</summary>
    public static long Write(string directory, int count, int seed, int targetBytes = 2500)
    {
        long total = 0;
        Parallel.For(0, count, () => 0L, (i, _, sum) =>
        {
            var folder = Path.Combine(directory, (i / 1000).ToString("0000", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var bytes = Encoding.UTF8.GetBytes(Article(seed, i, targetBytes));
            File.WriteAllBytes(Path.Combine(folder, "a" + i.ToString("0000000", CultureInfo.InvariantCulture) + ".txt"), bytes);
            return sum + bytes.Length;
        }, sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary><c>generate --count N --out DIR [--seed S] [--size BYTES] [--from CORPUS]</c>; <c>--from</c> builds it from real articles (<see cref="RealArticleCorpus"/>).</summary>
    public static int Run(string[] args)
    {
        const string Usage = "generate --count N --out DIR [--seed S] [--size BYTES] [--from CORPUS]";
        if (GeneratorOptions.Parse(args, Usage, "--count", "--seed", "--size", "--out", "--from") is not { } options)
        {
            return 2;
        }

        var (count, seed, size, output, corpus) = (options.Number("--count", 100_000), options.Number("--seed", 42), options.Number("--size", 2500), options.Text("--out"), options.Text("--from"));
        if (output is null)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var bytes = corpus is null ? Write(output, count, seed, size) : RealArticleCorpus.Write(corpus, output, count);
        var source = corpus is null ? $"seed {seed}" : $"real articles from {corpus}";
        Console.WriteLine($"wrote {count} files, {bytes / 1e6:0.0} MB, to {output} in {stopwatch.Elapsed.TotalSeconds:0.0} s ({source})");
        return 0;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Fill(Random random, string template)
    {
        var text = new StringBuilder(template.Length + 32);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                text.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, position, open - position);
            var slot = template[(open + 1)..close];
            var value = slot.ToLowerInvariant() switch
            {
                "body" => Pick(random, Bodies),
                "verb" => Pick(random, Verbs),
                "subject" => Pick(random, Subjects),
                "place" => Pick(random, Places),
                "weekday" => Pick(random, Weekdays),
                "month" => Pick(random, Months),
                "number" => random.Next(120, 4800).ToString(CultureInfo.InvariantCulture),
                "thousands" => random.Next(120, 950).ToString(CultureInfo.InvariantCulture),
                "small" => random.Next(2, 40).ToString(CultureInfo.InvariantCulture),
                _ => slot,
            };
            text.Append(char.IsUpper(slot[0]) ? char.ToUpperInvariant(value[0]) + value[1..] : value);
            position = close + 1;
        }

        return text.ToString();
    }
}
