using CorpusLint.Rules;

namespace CorpusLint.Tests.Rules;

/// <summary>The registry of built-in rules lists every concrete rule of the rules assembly, once, in ID order.</summary>
public sealed class BuiltInRulesTests
{
    [Fact]
    public void Every_concrete_rule_of_the_assembly_is_registered_once()
    {
        var declared = typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        var registered = BuiltInRules.All.Select(r => r.GetType().FullName).Order(StringComparer.Ordinal);

        Assert.Equal(declared, registered);
    }

    [Fact]
    public void Rules_are_listed_by_id()
    {
        var ids = BuiltInRules.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
