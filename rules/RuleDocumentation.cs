namespace CorpusLint.Rules;

/// <summary>The rule pages (<c>CLxxxx.md</c> beside each rule), embedded in this assembly.</summary>
public static class RuleDocumentation
{
    /// <summary>The Markdown page of rule <paramref name="id"/>, or null when it has none.</summary>
    public static string? GetPage(string id)
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream($"docs/{id.ToUpperInvariant()}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
