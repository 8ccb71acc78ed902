namespace CorpusLint.Project;

/// <summary>What a project rule's ID may be, for declarative and C# rules alike.</summary>
public static class ProjectRuleIds
{
    public const int MaxLength = 64;

    /// <summary>
    /// Why <paramref name="id"/> cannot name a project rule, or null when it can. IDs become part of
    /// <c>.editorconfig</c> keys (<c>dotnet_diagnostic.ID.severity</c>), so they hold no dots or spaces; the
    /// <c>CL</c> prefix is CorpusLint's, so that a new built-in rule can never collide with a project's.
    /// </summary>
    public static string? Check(string id)
    {
        if (id.Length is 0 or > MaxLength || !char.IsAsciiLetter(id[0]) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            return $"'{id}' is not a rule ID: use a letter, then letters, digits, '_' or '-' (ACME001), at most {MaxLength} characters";
        }

        return id.StartsWith("CL", StringComparison.OrdinalIgnoreCase)
            ? $"'{id}': IDs starting with 'CL' belong to CorpusLint's own rules; give project rules a prefix of their own (ACME001)"
            : null;
    }
}
