using System.Globalization;
using System.Reflection;
using System.Text;
using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Caching;

/// <summary>
/// What every cached result of a run depends on besides its document and configuration. <see cref="ToolIdentity"/> is
/// the CorpusLint version: results of another version are a foreign cache, rebuilt with a warning. <see cref="Rules"/>
/// hashes the build and the rule set: the identity of the compiled engine and rule assemblies (which changes whenever
/// their code does, even without a version bump), every rule's ID, <see cref="Rule.Version"/> and class, the project's
/// declared rules and C# rule sources, the corpus pass's summary format and the window sizes for huge documents;
/// results of another build or rule set are not reused, silently (a rebuild or a rule change is no cause for alarm).
/// </summary>
public sealed record CacheKey(string ToolIdentity, Hash128 Rules)
{
    /// <summary>The key of a run of <paramref name="rules"/>.</summary>
    /// <param name="projectRulesFingerprint">Changes whenever a project rule does (<c>ProjectRuleSet.Fingerprint</c>).</param>
    public static CacheKey Create(IReadOnlyList<Rule> rules, string projectRulesFingerprint, IDocumentSummarizer? summarizer, DocumentLimits limits)
    {
        var core = typeof(Rule).Assembly;
        // The release, without the build metadata (+commit): another commit of one release is another build, not a foreign cache.
        var version = (core.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? core.GetName().Version?.ToString())?.Split('+')[0];
        var text = new StringBuilder(BuildOf(rules)).Append('\n');
        foreach (var rule in rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"{rule.Id} {rule.Version} {rule.GetType().FullName}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"project rules {projectRulesFingerprint}\nsummaries {summarizer?.Format}\n");
        text.Append(CultureInfo.InvariantCulture, $"windows {limits.WholeDocumentBytes} {limits.WindowBytes} {limits.WindowMarginBytes}\n");
        return new CacheKey($"CorpusLint {version}", Hash128.Of(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The module IDs of CorpusLint's own assemblies that hold the engine and the built-in rules. A deterministic build
    /// gives a module the same ID exactly when its code is the same. The project's C# rules are left out (they are
    /// collectible, compiled per project, and keyed by their sources).
    /// </summary>
    private static string BuildOf(IReadOnlyList<Rule> rules)
    {
        var assemblies = rules.Select(r => r.GetType().Assembly)
            .Where(a => !a.IsCollectible)
            .Append(typeof(Rule).Assembly)
            .Distinct()
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal);
        return string.Join(", ", assemblies.Select(a => $"{a.GetName().Name} {a.ManifestModule.ModuleVersionId:N}"));
    }
}
