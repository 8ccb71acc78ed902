using System.Globalization;
using System.IO.Hashing;
using System.Text;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Text;

namespace CorpusLint.Tests.Rules;

/// <summary>
/// The result cache reuses a rule's findings until its <see cref="Rule.Version"/> changes, so a rule whose output changes
/// must bump it. Each built-in rule runs on every rule fixture and sample article; <c>snapshots/rule-outputs.verified.txt</c>
/// records a hash of what it reported beside its version. A changed hash under the same version fails (bump the
/// version, then accept the new hashes with <c>CORPUSLINT_ACCEPT=1</c>). The fingerprint is left out: it is the engine's
/// hash of the rule, the span and the text, which the rest already holds, and a change of its scheme reaches the cache
/// through the build's identity (<c>CacheKey</c>), not through every rule's version.
/// </summary>
public sealed class RuleVersionTests
{
    [Fact]
    public void A_rule_whose_output_changed_has_a_new_version()
    {
        var documents = Articles();
        var current = BuiltInRules.All.ToDictionary(r => r.Id, r => (r.Version, Hash: OutputHash(r, documents)), StringComparer.Ordinal);
        var snapshot = Path.Combine(RepositoryRoot.Find(), "tests", "CorpusLint.Tests", "Rules", "snapshots", "rule-outputs.verified.txt");
        var recorded = File.Exists(snapshot)
            ? File.ReadLines(snapshot).Select(l => l.Split(' ')).Where(f => f.Length == 3).ToDictionary(f => f[0], f => (Version: int.Parse(f[1], CultureInfo.InvariantCulture), Hash: f[2]), StringComparer.Ordinal)
            : [];

        var unversioned = current
            .Where(c => recorded.TryGetValue(c.Key, out var was) && was.Version == c.Value.Version && was.Hash != c.Value.Hash)
            .Select(c => $"{c.Key} (version {c.Value.Version})")
            .ToList();

        Assert.True(unversioned.Count == 0, $"The output of {string.Join(", ", unversioned)} changed on the fixtures but its Rule.Version did not: bump it, so cached results of the old rule are not served, then accept {snapshot}.");
        Approvals.Verify(string.Concat(current.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value.Version} {c.Value.Hash}\n")), "rule-outputs");
    }

    private static List<Document> Articles()
    {
        var root = RepositoryRoot.Find();
        var fixtures = Directory.GetFiles(Path.Combine(root, "tests", "CorpusLint.Tests", "Rules"), "*.txt", SearchOption.AllDirectories)
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}fixtures{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var samples = Directory.GetFiles(Path.Combine(root, "samples"), "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal));
        return [.. fixtures.Concat(samples)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => Document.Create(p, SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(root, p)))))];
    }

    private static string OutputHash(Rule rule, List<Document> documents)
    {
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            foreach (var d in RuleTester.Lint(rule, document))
            {
                text.Append(CultureInfo.InvariantCulture, $"{d.Path} {d.Span} {d.Start} {d.End} {d.Severity} {d.Message} {d.Excerpt}");
                foreach (var edit in d.Fix?.Edits ?? [])
                {
                    text.Append(CultureInfo.InvariantCulture, $" [{edit.Span} {edit.NewText}]");
                }

                text.Append('\n');
            }
        }

        return XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text.ToString())).ToString("x16", CultureInfo.InvariantCulture);
    }
}
