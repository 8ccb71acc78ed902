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

    /// <summary>The language <paramref name="value"/> names (a two-letter ISO 639-1 code, any case), null for <see cref="Auto"/>; false when it names none.</summary>
    public static bool TryParse(string value, out DeclaredLanguage? language)
    {
        var code = value.Trim().ToLowerInvariant();
        language = null;
        if (code == Auto)
        {
            return true;
        }

        if (code.Length != 2 || !char.IsAsciiLetterLower(code[0]) || !char.IsAsciiLetterLower(code[1]))
        {
            return false;
        }

        language = new DeclaredLanguage(code, LanguageProfiles.All.FirstOrDefault(p => p.Code == code));
        return true;
    }
}
