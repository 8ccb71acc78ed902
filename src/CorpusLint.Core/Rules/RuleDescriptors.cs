using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules;

/// <summary>Builds rule descriptors with the help link every CorpusLint rule carries.</summary>
public static class RuleDescriptors
{
    /// <summary>Where rule pages are published; each page is also embedded and shown by <c>corpuslint explain</c>.</summary>
    public const string HelpBaseUri = "https://github.com/corpuslint/corpuslint/blob/main/rules/";

    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        string description) =>
        new(
            id,
            title,
            messageFormat,
            category,
            defaultSeverity.ToDiagnosticSeverity(),
            isEnabledByDefault: defaultSeverity != Severity.None,
            description: description,
            helpLinkUri: $"{HelpBaseUri}{category}/{id}.md");
}
