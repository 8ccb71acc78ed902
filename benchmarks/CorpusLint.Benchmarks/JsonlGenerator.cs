using System.Globalization;
using System.Text.Json;

namespace CorpusLint.Benchmarks;

/// <summary>
/// A JSON Lines dataset in news-please's field layout, of any size, for the streaming measurements of issue 13: record
/// <c>i</c>'s <c>maintext</c> is <see cref="CorpusGenerator.Article"/>'s article <c>i</c> (so the first N records are the
/// files <c>generate --count N</c> writes, for the records-against-files throughput), with authors, dates, url and
/// site. Written as it is generated: memory stays small whatever the size.
/// </summary>
public static class JsonlGenerator
{
    private const int WriteBufferBytes = 1 << 20;

    /// <summary><c>generate-jsonl (--bytes N[K|M|G] | --count N) --out FILE [--seed S] [--size BYTES]</c>.</summary>
    public static int Run(string[] args)
    {
        const string Usage = "generate-jsonl (--bytes N[K|M|G] | --count N) --out FILE [--seed S] [--size BYTES]";
        if (GeneratorOptions.Parse(args, Usage, "--bytes", "--count", "--seed", "--size", "--out") is not { } options)
        {
            return 2;
        }

        var bytes = options.Text("--bytes") is { } limit ? ParseBytes(limit) : long.MaxValue;
        var (count, seed, size, output) = (options.Number("--count", int.MaxValue), options.Number("--seed", 42), options.Number("--size", 2500), options.Text("--out"));
        if (output is null || (bytes == long.MaxValue && count == int.MaxValue))
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var (records, written) = Write(output, bytes, count, seed, size);
        Console.WriteLine($"wrote {records:N0} records, {written / 1e6:0.0} MB, to {output} in {stopwatch.Elapsed.TotalSeconds:0.0} s (seed {seed})");
        return 0;
    }

    /// <summary>Writes records until <paramref name="maxBytes"/> or <paramref name="maxRecords"/>; returns what was written.</summary>
    public static (int Records, long Bytes) Write(string path, long maxBytes, int maxRecords, int seed, int targetBytes)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, WriteBufferBytes);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var records = 0;
        while (records < maxRecords && file.Position + json.BytesPending < maxBytes)
        {
            var random = new Random(HashCode.Combine(seed, records, "record"));
            var day = new DateTime(2015, 1, 1).AddDays(random.Next(3650)).AddMinutes(random.Next(24 * 60));
            var site = Sites[random.Next(Sites.Length)];
            json.WriteStartObject();
            json.WriteStartArray("authors");
            if (random.Next(10) != 0)
            {
                json.WriteStringValue(Names[random.Next(Names.Length)]);
            }

            json.WriteEndArray();
            json.WriteString("date_download", day.AddDays(1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteNull("date_modify");
            json.WriteString("date_publish", day.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteString("language", "en");
            json.WriteString("maintext", CorpusGenerator.Article(seed, records, targetBytes));
            json.WriteString("source_domain", site);
            json.WriteString("url", $"https://{site}/news/{records.ToString(CultureInfo.InvariantCulture)}");
            json.WriteEndObject();
            json.Flush();
            file.WriteByte((byte)'\n');
            json.Reset();
            records++;
        }

        return (records, file.Position);
    }

    internal static readonly string[] Names = ["Maria Lindqvist", "Tomas Berg", "Eva Holm", "Jonas Ek", "Amira Haddad", "Piotr Nowak"];

    internal static readonly string[] Sites = ["northport-herald.example", "kestrel-bay-news.example", "lindenberg-post.example", "eastfield-gazette.example"];

    private static long ParseBytes(string text)
    {
        var unit = char.ToUpperInvariant(text[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1L };
        return long.Parse(unit == 1 ? text : text[..^1], CultureInfo.InvariantCulture) * unit;
    }
}
