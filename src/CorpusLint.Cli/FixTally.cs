using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.Reporting;

namespace CorpusLint.Cli;

/// <summary>
/// Counts what <c>--fix</c> or <c>--diff</c> did as the results pass on to the report, and keeps the lines worth
/// printing after it: files not fixed, fixes refused, fixes that did not settle. Paths are escaped for the terminal.
/// </summary>
internal sealed class FixTally(ILintResultSink inner) : ILintResultSink
{
    private readonly List<string> _messages = [];

    public int FixesApplied { get; private set; }

    public int FilesFixed { get; private set; }

    /// <summary>A file could not be fixed safely (unreadable, changed meanwhile, a fix refused): the run exits 2.</summary>
    public bool Failed { get; private set; }

    public IReadOnlyList<string> Messages => _messages;

    public void Accept(DocumentResult result)
    {
        if (result.Fix is { } outcome)
        {
            Count(outcome);
        }

        inner.Accept(result);
    }

    public void Complete() => inner.Complete();

    private void Count(FileFixOutcome outcome)
    {
        var path = TerminalText.Escape(outcome.Input.DisplayPath);
        FixesApplied += outcome.Applied;
        FilesFixed += outcome.Status == FileFixStatus.Fixed ? 1 : 0;
        foreach (var refused in outcome.Refused)
        {
            var d = refused.Diagnostic;
            _messages.Add($"error: {path}({d.Start.Line},{d.Start.Column}): fix for {d.Id} not applied: {TerminalText.Escape(refused.Reason)} (a CorpusLint defect; please report it)");
            Failed = true;
        }

        switch (outcome.Status)
        {
            case FileFixStatus.Failed:
                _messages.Add($"error: {path}: not fixed: {TerminalText.Escape(outcome.Message ?? string.Empty)}");
                Failed = true;
                break;
            case FileFixStatus.Skipped:
                _messages.Add($"warning: {path}: {TerminalText.Escape(outcome.Message ?? string.Empty)}");
                break;
        }

        if (!outcome.Settled)
        {
            _messages.Add($"warning: {path}: fixes still applied after {DocumentFixer.MaxPasses} passes; two fixes may undo each other");
        }
    }
}
