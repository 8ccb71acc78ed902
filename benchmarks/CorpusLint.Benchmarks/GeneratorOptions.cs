using System.Globalization;

namespace CorpusLint.Benchmarks;

/// <summary>
/// The <c>--name value</c> options of the generator commands (<c>generate</c>, <c>generate-jsonl</c>,
/// <c>generate-parquet</c>): names outside the command's list, or a name without its value, are refused with the usage.
/// </summary>
internal sealed class GeneratorOptions
{
    private readonly Dictionary<string, string> _values;

    private GeneratorOptions(Dictionary<string, string> values) => _values = values;

    /// <summary>The options, or null (the usage printed) when they are not pairs of a known name and a value.</summary>
    public static GeneratorOptions? Parse(string[] args, string usage, params string[] names)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!names.Contains(args[i]) || i + 1 == args.Length)
            {
                Console.Error.WriteLine(names.Contains(args[i]) ? $"option {args[i]} needs a value" : $"unknown option {args[i]}");
                Console.Error.WriteLine($"usage: {usage}");
                return null;
            }

            values[args[i]] = args[i + 1];
        }

        return new GeneratorOptions(values);
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
