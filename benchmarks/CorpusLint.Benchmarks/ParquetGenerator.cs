using Parquet;
using Parquet.Schema;

namespace CorpusLint.Benchmarks;

/// <summary>
/// A Parquet dataset of generated articles (record <c>i</c>'s <c>maintext</c> is <see cref="CorpusGenerator.Article"/>'s
/// article <c>i</c>), in row groups, with columns of every kind a dataset's metadata comes in: strings (some null),
/// a timestamp, an integer and a floating-point number. <c>benchmarks/native-parity.sh</c> lints it with both builds.
/// </summary>
public static class ParquetGenerator
{
    /// <summary><c>generate-parquet --count N --out FILE [--seed S] [--rows-per-group R]</c>.</summary>
    public static int Run(string[] args)
    {
        const string Usage = "generate-parquet --count N --out FILE [--seed S] [--rows-per-group R]";
        if (GeneratorOptions.Parse(args, Usage, "--count", "--seed", "--rows-per-group", "--out") is not { } options)
        {
            return 2;
        }

        var (count, seed, rowsPerGroup, output) = (options.Number("--count", 0), options.Number("--seed", 42), options.Number("--rows-per-group", 100), options.Text("--out"));
        if (output is null || count <= 0 || rowsPerGroup <= 0)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        WriteAsync(output, count, seed, rowsPerGroup).GetAwaiter().GetResult();
        Console.WriteLine($"wrote {count:N0} records in row groups of {rowsPerGroup:N0} to {output} (seed {seed})");
        return 0;
    }

    private static async Task WriteAsync(string path, int count, int seed, int rowsPerGroup)
    {
        var text = new DataField<string>("maintext");
        var title = new DataField<string>("title");
        var author = new DataField<string>("author");
        var site = new DataField<string>("source_domain");
        var published = new DataField<DateTime>("date_publish");
        var words = new DataField<int>("word_count");
        var score = new DataField<double>("relevance");
        await using var file = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(text, title, author, site, published, words, score), file);
        for (var first = 0; first < count; first += rowsPerGroup)
        {
            var rows = Enumerable.Range(first, Math.Min(rowsPerGroup, count - first)).ToArray();
            var randoms = rows.Select(row => new Random(HashCode.Combine(seed, row, "record"))).ToArray();
            var articles = rows.Select(row => CorpusGenerator.Article(seed, row, 2500)).ToArray();
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(text, articles);
            await group.WriteAsync(title, articles.Select(article => article.AsSpan(0, article.IndexOf('\n') is > 0 and var end ? end : article.Length).ToString()).ToArray());
            await group.WriteAsync(author, randoms.Select(random => random.Next(10) == 0 ? null : JsonlGenerator.Names[random.Next(JsonlGenerator.Names.Length)]).ToArray());
            await group.WriteAsync(site, randoms.Select(random => JsonlGenerator.Sites[random.Next(JsonlGenerator.Sites.Length)]).ToArray());
            await group.WriteAllPartsAsync<DateTime>(published, randoms.Select(random => new DateTime(2015, 1, 1).AddDays(random.Next(3650))).ToArray(), null, null, CancellationToken.None);
            await group.WriteAllPartsAsync<int>(words, articles.Select(article => article.Split(' ').Length).ToArray(), null, null, CancellationToken.None);
            await group.WriteAllPartsAsync<double>(score, randoms.Select(random => Math.Round(random.NextDouble(), 3)).ToArray(), null, null, CancellationToken.None);
        }
    }
}
