using CorpusLint.Configuration;
using CorpusLint.Corpus;
using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>
/// Passes a run's results on to its report and notes, for the report's snapshot, each document's shown path, stamp,
/// content hash, configuration and part of the report (<see cref="Manifest"/>), and the corpus pass's counts. A run is
/// <see cref="Replayable"/> only if every result can be vouched for by its content: a document not linted (it may be
/// readable next time), a rule that failed (it may not fail next time), a dataset's record or fixes each make the whole
/// report unfit to replay. A document last changed within the stamp settle time before the run started is noted with a
/// stamp that does not vouch for it (the racy-git rule: it may change again without its stamp changing), so a replay
/// hashes it.
/// </summary>
public sealed class SnapshotRecorder : ILintResultSink, ICorpusCountsObserver
{
    private readonly ILintResultSink _inner;
    private readonly ConfigurationProvider _configuration;
    private readonly DateTime _settledBeforeUtc;
    private readonly Func<DocumentPart>? _reported;
    private readonly ConfigurationHashes _hashes;
    private DocumentPart _reportedBefore;

    /// <param name="runStartedUtc">When the run started, before any document was looked at.</param>
    /// <param name="settleTime">See <see cref="ResultCache.DefaultStampSettleTime"/>.</param>
    /// <param name="corpus">The run's corpus pass, whose settings the manifest keeps beside each configuration.</param>
    /// <param name="reported">
    /// The report so far (its bytes, once the reporter handed on what it holds, and its diagnostics) when the reporter
    /// writes each document's part on its own, so that the manifest can hold each one's part; else null.
    /// </param>
    public SnapshotRecorder(ILintResultSink inner, ConfigurationProvider configuration, CorpusPass? corpus, DateTime runStartedUtc, TimeSpan settleTime, Func<DocumentPart>? reported = null)
    {
        _inner = inner;
        _configuration = configuration;
        _hashes = new ConfigurationHashes(corpus);
        _settledBeforeUtc = runStartedUtc - settleTime;
        _reported = reported;
        BodyPrefix = reported?.Invoke().Bytes;
        _reportedBefore = new DocumentPart(BodyPrefix ?? 0, 0, 0, 0, 0);
    }

    public SnapshotManifestWriter Manifest { get; } = new();

    public bool Replayable { get; private set; } = true;

    /// <summary>The bytes of the report before the first document's part; null when the manifest holds no parts.</summary>
    public long? BodyPrefix { get; }

    /// <summary>The corpus pass's counts once it counted every document; null without the pass.</summary>
    public RepetitionCounts? Counts { get; private set; }

    public void Accept(DocumentResult result)
    {
        var noted = Replayable
            && result is { IsLinted: true, Failures.Count: 0, Fix: null, Read: not null, Input: { Record: null, Problem: null } };
        _inner.Accept(result);
        if (!noted)
        {
            Replayable = false;
            return;
        }

        var part = default(DocumentPart);
        if (_reported is not null)
        {
            var reported = _reported();
            part = reported - _reportedBefore;
            _reportedBefore = reported;
        }

        var read = result.Read!.Value;
        var input = result.Input!;
        Manifest.Add(input.DisplayPath, read.Stamp, read.Stamp.LastChangeUtc <= _settledBeforeUtc, read.ContentHash, _hashes.Of(_configuration.GetConfiguration(input.ConfigurationPath)), part);
    }

    public void Counted(RepetitionCounts counts) => Counts = counts;

    public void Complete() => _inner.Complete();
}
