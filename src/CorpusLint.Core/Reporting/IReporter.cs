using CorpusLint.Engine;

namespace CorpusLint.Reporting;

/// <summary>Writes a run's diagnostics in one output format.</summary>
public interface IReporter
{
    void Write(LintRunResult result, TextWriter output);
}
