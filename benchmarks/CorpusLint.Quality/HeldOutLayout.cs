namespace CorpusLint.Quality;

/// <summary>The held-out verdicts of a page set: each page's flagged lines and, per fold, the options it was linted with.</summary>
public sealed record HeldOutResult(IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> FlaggedBy, IReadOnlyList<string> ChosenFor);

public static class HeldOutLayout
{
    public static HeldOutResult Evaluate(LabelledPageSet set, CorpusLinter linter)
    {
        var linted = linter.Lint(set.Pages.Select(p => p.RawPath));
        return new HeldOutResult(
            set.Pages.ToDictionary(p => p.Name, p => FlaggedLines.Of(linted.Of(p.RawPath)), StringComparer.Ordinal),
            [.. Enumerable.Repeat("defaults", set.Folds)]);
    }
}
