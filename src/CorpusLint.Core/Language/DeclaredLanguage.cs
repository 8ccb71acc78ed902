namespace CorpusLint.Language;

/// <summary>
/// The language a configuration declares for documents (<c>corpuslint.language = de</c>): its ISO 639-1 code and, when
/// <see cref="LanguageProfiles"/> knows it, its stop words. A declared language replaces the one the stop words would
/// guess, for a folder whose articles are too short, too list-like or too mixed to tell.
/// </summary>
public sealed record DeclaredLanguage(string Code, LanguageProfile? Profile)
{
    /// <summary>The value that leaves the language to the stop words (the default).</summary>
    public const string Auto = "auto";

    public bool IsEnglish => Code == "en";

    /// <summary>
    /// The language <paramref name="value"/> names: a two-letter ISO 639-1 code, alone or opening a language tag
    /// (<c>de</c>, <c>pt-BR</c>, <c>en_GB</c>), or the English name of a language the profiles know (<c>German</c>), in
    /// any case; null for <see cref="Auto"/>. False when it names none.
    /// </summary>
    public static bool TryParse(string value, out DeclaredLanguage? language)
    {
        var text = value.Trim();
        language = null;
        if (text.Equals(Auto, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (LanguageProfiles.All.FirstOrDefault(p => p.Name.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            language = new DeclaredLanguage(named.Code, named);
            return true;
        }

        var code = text.Length > 2 && text[2] is '-' or '_' ? text[..2] : text;
        if (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            return false;
        }

        code = code.ToLowerInvariant();
        language = new DeclaredLanguage(code, LanguageProfiles.All.FirstOrDefault(p => p.Code == code));
        return true;
    }
}
