using CorpusLint.Engine;
using CorpusLint.Fixing;

namespace CorpusLint.Reporting;

/// <summary>The report of <c>--diff</c>: the unified diff of every file the fixes would change, in path order, instead of diagnostics.</summary>
public sealed class DiffReporter(FixRunResult fixes) : IReporter
{
    public void Write(LintRunResult result, TextWriter output)
    {
        foreach (var outcome in fixes.Outcomes.Where(o => o.Status == FileFixStatus.Fixed))
        {
            output.Write(UnifiedDiff.Render(outcome.Input.DisplayPath, outcome.OriginalText!, outcome.FixedText!));
        }
    }
}
