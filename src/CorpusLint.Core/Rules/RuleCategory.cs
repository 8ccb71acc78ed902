namespace CorpusLint.Rules;

/// <summary>Rule families; the names are those used in <c>dotnet_analyzer_diagnostic.category-NAME.severity</c>.</summary>
public static class RuleCategory
{
    public const string Attribution = "Attribution";
    public const string Boilerplate = "Boilerplate";
    public const string Dates = "Dates";
    public const string Quotes = "Quotes";
    public const string Hygiene = "Hygiene";
}
