using System.Diagnostics.CodeAnalysis;
using CorpusLint.Rules;

namespace CorpusLint.Rules;

/// <summary>The rules that ship with CorpusLint: every concrete <see cref="Rule"/> in this assembly, ordered by ID.</summary>
public static class BuiltInRules
{
    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(Discover);

    public static IReadOnlyList<Rule> All => Rules.Value;

    public static Rule? Find(string id) =>
        All.FirstOrDefault(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    // The native build roots this assembly (TrimmerRootAssembly in the CLI's project), so every rule type and its
    // constructor survive trimming; the report of every build is compared on the samples (benchmarks/native-parity.sh).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The native build roots this assembly.")]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The native build roots this assembly.")]
    private static IReadOnlyList<Rule> Discover() =>
        [.. typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t))
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)];
}
