using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>One line per diagnostic, as compilers print them: <c>path(line,col): warning CL4001: message</c>.</summary>
public sealed class TextReporter : IReporter
{
    public void Write(LintRunResult result, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(Format(diagnostic));
        }
    }

    public static string Format(LintDiagnostic d) =>
        $"{d.Path}({d.Start.Line},{d.Start.Column}): {d.Severity.ToWord()} {d.Id}: {d.Message}";
}
