namespace CorpusLint.Reporting;

/// <summary>Text made safe for <see cref="System.Text.Json.Utf8JsonWriter"/>, which throws on a lone surrogate.</summary>
internal static class JsonText
{
    /// <summary>A message clipped inside a surrogate pair would make the JSON writer throw: such halves become U+FFFD.</summary>
    public static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAny(Text.CharacterSets.Surrogates))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
