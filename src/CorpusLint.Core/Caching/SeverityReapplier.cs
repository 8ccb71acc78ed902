using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Caching;

/// <summary>
/// Turns a cached result made under one set of severities into the result a lint under another would give, options
/// being equal: what a rule finds does not depend on its severity, so its findings take the new one, a rule turned off
/// loses them, and CL2012's summary takes its new severity. A rule turned on since was never run on the document: that
/// result cannot be re-used. Nor one that holds a CL0003, which names its rule in its message only.
/// </summary>
internal sealed class SeverityReapplier
{
    private readonly Dictionary<string, int> _ruleIndexes = new(StringComparer.Ordinal);
    private readonly int _ruleCount;
    private readonly IDocumentSummarizer? _summarizer;

    public SeverityReapplier(IReadOnlyList<Rule> rules, IDocumentSummarizer? summarizer)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            _ruleIndexes[rules[i].Id] = i;
        }

        _ruleCount = rules.Count;
        _summarizer = summarizer;
    }

    /// <summary>The result under <paramref name="configuration"/>'s severities, or null when it cannot be told without linting.</summary>
    /// <param name="madeUnder">The <see cref="DocumentConfiguration.SeverityKey"/> <paramref name="cached"/> was made under.</param>
    public DocumentResult? Reapply(DocumentResult cached, ReadOnlySpan<byte> madeUnder, DocumentConfiguration configuration)
    {
        if (madeUnder.Length != configuration.SeverityKey.Length)
        {
            return null;
        }

        for (var i = 0; i < _ruleCount; i++)
        {
            if (configuration.GetSeverity(i) != Severity.None && SeverityKeys.Get(madeUnder, i) == Severity.None)
            {
                return null;
            }
        }

        var diagnostics = new List<LintDiagnostic>(cached.Diagnostics.Count);
        foreach (var diagnostic in cached.Diagnostics)
        {
            if (_ruleIndexes.TryGetValue(diagnostic.Id, out var rule))
            {
                var severity = configuration.GetSeverity(rule);
                if (severity != Severity.None)
                {
                    diagnostics.Add(diagnostic.Severity == severity ? diagnostic : diagnostic with { Severity = severity });
                }
            }
            else if (diagnostic.Id == EngineDiagnostics.PartlyLinted.Id)
            {
                return null;
            }
            else
            {
                diagnostics.Add(diagnostic);
            }
        }

        var summary = cached.Summary is { } kept && _summarizer is not null ? _summarizer.Reconfigure(kept, configuration) : cached.Summary;
        return cached with { Diagnostics = diagnostics, Summary = summary };
    }
}
