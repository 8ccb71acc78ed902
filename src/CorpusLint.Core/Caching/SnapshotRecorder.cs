using CorpusLint.Configuration;
using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>
/// Passes a run's results on to its report and notes, for the report's snapshot, each document's shown path, stamp and
/// configuration (<see cref="Manifest"/>). A run is <see cref="Replayable"/> only if every result can be vouched for by
/// its stamp alone: a document not linted (it may be readable next time), a rule that failed (it may not fail next
/// time), a dataset's record, fixes, or a document last changed within the stamp settle time before the run started
/// (the racy-git rule: it may change again without its stamp changing) each make the whole report unfit to replay.
/// </summary>
/// <param name="runStartedUtc">When the run started, before any document was looked at.</param>
/// <param name="settleTime">See <see cref="ResultCache.DefaultStampSettleTime"/>.</param>
public sealed class SnapshotRecorder(ILintResultSink inner, ConfigurationProvider configuration, DateTime runStartedUtc, TimeSpan settleTime) : ILintResultSink
{
    private readonly ConfigurationHashes _hashes = new();

    public SnapshotManifestWriter Manifest { get; } = new();

    public bool Replayable { get; private set; } = true;

    public void Accept(DocumentResult result)
    {
        if (Replayable)
        {
            Note(result);
        }

        inner.Accept(result);
    }

    public void Complete() => inner.Complete();

    private void Note(DocumentResult result)
    {
        // A file read before the run started but changed less than the settle time before it is no proof of anything:
        // the stamp must have been old already when the content behind the result was read.
        if (result is { IsLinted: true, Failures.Count: 0, Fix: null, Read: { } read, Input: { Record: null, Problem: null } input }
            && read.Stamp.LastChangeUtc <= runStartedUtc - settleTime)
        {
            Manifest.Add(input.DisplayPath, read.Stamp, read.ContentHash, _hashes.Of(configuration.GetConfiguration(input.ConfigurationPath)));
            return;
        }

        Replayable = false;
    }
}
