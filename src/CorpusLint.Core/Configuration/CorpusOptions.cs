using CorpusLint.Language;
using CorpusLint.Model;

namespace CorpusLint.Configuration;

/// <summary>
/// The options that say how to read a folder's documents rather than what a rule looks for (SPEC §2: corpus-wide options
/// are <c>corpuslint.&lt;option&gt;</c>): <c>corpuslint.format</c> and <c>corpuslint.language</c>, set per section like
/// any other key.
/// </summary>
public static class CorpusOptions
{
    /// <summary><c>markdown</c>, <c>text</c> or <c>auto</c> (by the file's extension: <c>.md</c> and <c>.markdown</c> are Markdown).</summary>
    public const string Format = "corpuslint.format";

    /// <summary>A two-letter ISO 639-1 code (<c>en</c>, <c>de</c>, <c>ja</c>; a tag such as <c>pt-BR</c> names its language) or <c>auto</c> (by the document's stop words).</summary>
    public const string Language = "corpuslint.language";

    /// <summary>The corpus-wide keys, with what each takes (for the validator's messages).</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Format] = "markdown, text or auto",
        [Language] = $"a two-letter ISO 639-1 code (en, de, fr, ja, ...), a tag such as pt-BR, a profile's English name such as German, or {DeclaredLanguage.Auto}",
    };

    /// <summary>The format <paramref name="value"/> names (any case), null for <c>auto</c>; false when it names none.</summary>
    public static bool TryParseFormat(string value, out DocumentFormat? format)
    {
        format = value.Trim().ToLowerInvariant() switch
        {
            "markdown" => DocumentFormat.Markdown,
            "text" => DocumentFormat.PlainText,
            _ => null,
        };
        return format is not null || value.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Why <paramref name="value"/> is no value of <paramref name="key"/>, or null when it is one.</summary>
    internal static string? Check(string key, string value) => key switch
    {
        Format when !TryParseFormat(value, out _) => $"'{value}' is not a format ({Keys[Format]}); documents are read by their extension",
        Language when !DeclaredLanguage.TryParse(value, out _) => $"'{value}' is not a language ({Keys[Language]}); documents are read by their stop words",
        _ => null,
    };
}
