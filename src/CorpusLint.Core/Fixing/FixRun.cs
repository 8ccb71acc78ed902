using CorpusLint.Engine;

namespace CorpusLint.Fixing;

/// <summary>The files one <c>--fix</c> run went through.</summary>
/// <param name="Interrupted">The run was stopped (SIGINT, SIGTERM) before every file was done; each file is either old or new.</param>
public sealed record FixRunResult(IReadOnlyList<FileFixOutcome> Outcomes, bool Interrupted)
{
    public int FixesApplied => Outcomes.Sum(o => o.Applied);

    public int FilesFixed => Outcomes.Count(o => o.Status == FileFixStatus.Fixed);
}

/// <summary>Fixes many files in parallel; each file is written on its own (old or new, never half), in path order in the result.</summary>
public sealed class FixRun(FileFixer fixer, int jobs)
{
    public FixRunResult Run(IReadOnlyList<DocumentInput> inputs, bool write, CancellationToken cancellationToken)
    {
        var outcomes = new FileFixOutcome?[inputs.Count];
        var interrupted = false;
        try
        {
            Parallel.For(
                0,
                inputs.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken },
                i => outcomes[i] = fixer.FixFile(inputs[i], write));
        }
        catch (OperationCanceledException)
        {
            // Files already written are complete; the ones not started are untouched.
            interrupted = true;
        }

        return new FixRunResult([.. outcomes.OfType<FileFixOutcome>()], interrupted);
    }
}
