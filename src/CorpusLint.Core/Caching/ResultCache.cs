using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.IO.Hashing;
using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Caching;

/// <summary>How a run used the cache.</summary>
/// <param name="StampHits">Documents served without being read: size and times unchanged.</param>
/// <param name="ContentHits">Documents read and hashed but not linted: touched, not changed.</param>
/// <param name="Misses">Documents linted: new, changed, under other options, or with a rule turned on since.</param>
public sealed record ResultCacheStatistics(int StampHits, int ContentHits, int Misses)
{
    /// <summary>Of the hits, results made under other severities, served with the run's own (<see cref="SeverityReapplier"/>).</summary>
    public int Reapplied { get; init; }
}

/// <summary>
/// The result cache of SPEC §8: per document, its stamp (size, modification and change times, inode), the XxHash128 of
/// its content, the hash of its effective options, the severities it was made under and its diagnostics (all of them, with everything reporters
/// and <c>--fix</c> read) and corpus-pass summary, under a <see cref="CacheKey"/> of the tool build and rule set.
/// <para>
/// The store is one small file per folder of documents (a "bucket", <c>results/ab/abcdef0123456789.bin</c>), each
/// written whole to a temporary file and renamed over the old one, and checked on reading by its own checksum. Chosen
/// over one file and over SQLite for robustness at archive scale: a reader (this run, another one, a crash) only ever
/// sees a whole old or a whole new file, so two runs at once cannot corrupt anything and need no lock (the last to
/// write a folder wins, after merging what the other wrote); a damaged file costs its folder's results, not the
/// cache, and is rebuilt with a warning rather than failing a query mid-run; an edit rewrites one folder's file, not
/// the archive's; and since the walk visits a folder's documents together, only a few buckets are in memory at a time
/// (<see cref="MaxLoadedBuckets"/>), so memory does not grow with the corpus. No entry is ever trusted on its own
/// say-so: each is checked against the file it describes (stamp, else content hash) and the document's configuration,
/// so a lost update costs a lint, never a stale result.
/// </para>
/// <para>
/// Severities are not part of an entry's key: a run under other severities (a rule made an error, or turned off) gets
/// the entry with its own severities re-applied (<see cref="SeverityReapplier"/>) instead of linting the document
/// again. It stores the entry so when the same rules are on; with fewer, it keeps the entry as it is, whose findings of
/// the rules turned off serve a run that turns them on again. A rule never run on the document, or another option, costs a lint.
/// </para>
/// Thread-safe: workers look up and store in parallel; decoding and encoding happen outside the lock.
/// </summary>
public sealed class ResultCache : IDocumentResultCache
{
    /// <summary>The folder under the cache folder that holds the result buckets.</summary>
    public const string FolderName = "results";

    /// <summary>
    /// A stamp vouches for content only if the file was last changed this long before it was opened. A file changed
    /// within the file system's timestamp granularity after being read would otherwise keep its stamp (the racy-git
    /// problem): ext4 stamps with the kernel's coarse clock (milliseconds), FAT to 2 s. Younger files are hashed on the
    /// next run instead, which costs a read, never a wrong result.
    /// </summary>
    public static readonly TimeSpan DefaultStampSettleTime = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Buckets kept in memory; the least recently used is written and dropped beyond it. The walk finishes a folder
    /// before the next (save subfolders, which nest), so a handful are in use at once; more only costs memory.
    /// </summary>
    private const int MaxLoadedBuckets = 16;

    /// <summary>A worker's encoding buffer grown past this by a huge document is let go rather than kept for the run.</summary>
    private const int MaxKeptEncoderBytes = 1 << 20;

    private readonly string _cacheDirectory;
    private readonly string _resultsDirectory;
    private readonly CacheKey _key;
    private readonly ResultCodec _codec;
    private readonly SeverityReapplier _reapplier;
    private readonly ConcurrentDictionary<DocumentConfiguration, Hash128> _configurationHashes = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LoadedBucket> _buckets = new(StringComparer.Ordinal);
    private readonly LinkedList<LoadedBucket> _recentlyUsed = [];

    /// <summary>Each worker encodes into its own buffer, outside the lock; the bucket keeps a copy in its arena.</summary>
    [ThreadStatic]
    private static CacheWriter? t_encoder;

    private int _stampHits;
    private int _contentHits;
    private int _misses;
    private int _reapplied;
    private int _damaged;
    private string? _firstDamage;
    private string? _foreign;
    private string? _writeFailure;

    public ResultCache(string cacheDirectory, CacheKey key, IReadOnlyList<Rule> rules, IDocumentSummarizer? summarizer)
    {
        _cacheDirectory = Path.GetFullPath(cacheDirectory);
        _resultsDirectory = Path.Combine(_cacheDirectory, FolderName);
        _key = key;
        _codec = new ResultCodec(rules, summarizer);
        _reapplier = new SeverityReapplier(_codec, rules.Count);
    }

    /// <summary>See <see cref="DefaultStampSettleTime"/>; tests that need stamp hits on files they just wrote set it to zero.</summary>
    public TimeSpan StampSettleTime { get; init; } = DefaultStampSettleTime;

    public ResultCacheStatistics Statistics => new(_stampHits, _contentHits, _misses) { Reapplied = _reapplied };

    /// <summary>What went wrong with the cache, one line each, at most one per kind (a damaged, foreign or unwritable cache).</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (_gate)
            {
                var warnings = new List<string>();
                if (_firstDamage is not null)
                {
                    var more = _damaged > 1 ? string.Create(CultureInfo.InvariantCulture, $" and {_damaged - 1} more file(s)") : string.Empty;
                    warnings.Add($"warning: the result cache was damaged ({_firstDamage}{more}); the results it lost are rebuilt");
                }

                if (_foreign is not null)
                {
                    warnings.Add($"warning: the result cache in {_cacheDirectory} was written by another version of CorpusLint ({_foreign}); it is rebuilt");
                }

                if (_writeFailure is not null)
                {
                    warnings.Add($"warning: cannot write the result cache in {_cacheDirectory} ({_writeFailure}); this run's results are not kept");
                }

                return warnings;
            }
        }
    }

    public DocumentResult? Lookup(DocumentInput input, DocumentConfiguration configuration)
    {
        var (bucketKey, name) = IdentityOf(input);
        var found = Find(input, bucketKey, name, configuration, trustedOnly: true);
        if (found.Entry is not { } entry || DocumentFile.Stat(input.FullPath) is not { } stamp || stamp != entry.Stamp
            || Serve(found, input, configuration) is not var (result, payload))
        {
            return null;
        }

        Interlocked.Increment(ref _stampHits);
        if (found.MadeUnder is not null)
        {
            Interlocked.Increment(ref _reapplied);
            if (SeverityKeys.TurnOnTheSameRules(found.MadeUnder, configuration.SeverityKey.Span))
            {
                // Kept under this run's severities: the next run like it is served as fast as before the change.
                Put(bucketKey, name, entry with { Severities = configuration.SeverityKey }, payload);
            }
        }

        return result with { Read = new DocumentRead(stamp, entry.ContentHash, default) };
    }

    public DocumentResult? LookupContent(DocumentInput input, DocumentConfiguration configuration, DocumentRead read)
    {
        var (bucketKey, name) = IdentityOf(input);
        var found = Find(input, bucketKey, name, configuration, trustedOnly: false);
        if (found.Entry is not { } entry || entry.ContentHash != read.ContentHash || Serve(found, input, configuration) is not var (result, payload))
        {
            Interlocked.Increment(ref _misses);
            return null;
        }

        Interlocked.Increment(ref _contentHits);
        if (found.MadeUnder is not null)
        {
            Interlocked.Increment(ref _reapplied);
        }

        if (found.MadeUnder is not null && SeverityKeys.TurnOnTheSameRules(found.MadeUnder, configuration.SeverityKey.Span))
        {
            Put(bucketKey, name, entry with { Stamp = read.Stamp, StampTrusted = IsSettled(read), Severities = configuration.SeverityKey }, payload);
        }
        else if (entry.Stamp != read.Stamp || entry.StampTrusted != IsSettled(read))
        {
            // Touched, not changed: the new stamp vouches for the same content next time.
            Put(bucketKey, name, entry with { Stamp = read.Stamp, StampTrusted = IsSettled(read) });
        }

        return result with { Read = read };
    }

    /// <summary>
    /// The corpus-pass summary the cache holds for the document as it was when its content hashed to
    /// <paramref name="contentHash"/> (a report snapshot's version of a document edited since); false when the cache
    /// holds another version or none.
    /// </summary>
    public bool TryGetSummary(DocumentInput input, DocumentConfiguration configuration, Hash128 contentHash, out object? summary)
    {
        summary = null;
        var (bucketKey, name) = IdentityOf(input);
        var found = Find(input, bucketKey, name, configuration, trustedOnly: false);
        if (found.Entry is not { } entry || entry.ContentHash != contentHash || Serve(found, input, configuration) is not var (result, _))
        {
            return false;
        }

        summary = result.Summary;
        return true;
    }

    public void Store(DocumentInput input, DocumentConfiguration configuration, DocumentResult result)
    {
        if (result.Read is not { } read)
        {
            return;
        }

        var writer = t_encoder ??= new CacheWriter(4096);
        writer.Clear();
        _codec.Encode(result, writer);
        var (bucketKey, name) = IdentityOf(input);
        var context = ContextOf(input, configuration);
        Put(bucketKey, name, new CacheEntry(read.Stamp, IsSettled(read), read.ContentHash, context, configuration.SeverityKey, default), writer.Written);
        if (writer.Capacity > MaxKeptEncoderBytes)
        {
            t_encoder = null;
        }
    }

    /// <summary>Writes every bucket this run changed. Call once the run is over (a run stopped midway may skip it).</summary>
    public void Save()
    {
        lock (_gate)
        {
            foreach (var bucket in _recentlyUsed)
            {
                WriteIfChanged(bucket);
            }
        }
    }

    /// <summary>Where a file's result lives: its folder's bucket, under its file name.</summary>
    private static (string Bucket, string Name) IdentityOf(DocumentInput input) =>
        (Path.GetDirectoryName(input.FullPath) ?? string.Empty, Path.GetFileName(input.FullPath));

    private bool IsSettled(DocumentRead read) => read.Stamp.LastChangeUtc <= read.OpenedAtUtc - StampSettleTime;

    /// <summary>
    /// What a result depends on besides the document's content, the run's key and its severities: its effective options, and its
    /// path in the corpus (CL2012's fingerprints are grouped by its folder). Not the path the report shows, which moves
    /// with the working folder: diagnostics are given back under the path of the run that asks.
    /// </summary>
    private Hash128 ContextOf(DocumentInput input, DocumentConfiguration configuration)
    {
        // One-shot over the configuration's hash and the path's bytes: an incremental hasher is an allocation per document.
        const int StackLimit = 1024;
        var path = MemoryMarshal.AsBytes(input.CorpusPath.AsSpan());
        var length = 16 + path.Length;
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        var key = (rented ?? stackalloc byte[StackLimit])[..length];
        _configurationHashes.GetOrAdd(configuration, static c => Hash128.Of(Encoding.UTF8.GetBytes(c.OptionsFingerprint))).WriteLittleEndian(key);
        path.CopyTo(key[16..]);
        var context = Hash128.Of(key);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return context;
    }

    /// <summary>
    /// The entry's result under <paramref name="configuration"/>, and its payload (the entry's, or the one with the run's
    /// severities re-applied); null when it cannot be read back or re-used.
    /// </summary>
    private (DocumentResult Result, byte[] Payload)? Serve(FoundEntry found, DocumentInput input, DocumentConfiguration configuration)
    {
        try
        {
            var payload = found.MadeUnder is { } severities
                ? _reapplier.Reapply(found.Payload, severities, input, configuration, t_encoder ??= new CacheWriter(4096))
                : found.Payload;
            return payload is null ? null : (_codec.Decode(payload, input), payload);
        }
        catch (Exception e) when (e is InvalidDataException or OverflowException)
        {
            // An entry this build cannot read back is a miss; the lint that follows replaces it.
            return null;
        }
    }

    /// <summary>
    /// The entry of <paramref name="name"/> if it was made under <paramref name="configuration"/>'s options (and, with
    /// <paramref name="trustedOnly"/>, its stamp vouches for its content), with its payload copied out: the bucket's
    /// buffer goes back to the pool when the bucket is dropped, and the result served keeps its diagnostics encoded.
    /// </summary>
    private FoundEntry Find(DocumentInput input, string bucketKey, string name, DocumentConfiguration configuration, bool trustedOnly)
    {
        var context = ContextOf(input, configuration);
        lock (_gate)
        {
            if (!Bucket(bucketKey).Entries.TryGetValue(name, out var entry) || entry.Context != context
                || (trustedOnly && !entry.StampTrusted))
            {
                return default;
            }

            var sameSeverities = entry.Severities.Span.SequenceEqual(configuration.SeverityKey.Span);
            return new FoundEntry(entry, entry.Payload.ToArray(), sameSeverities ? null : entry.Severities.ToArray());
        }
    }

    /// <summary>Sets the entry of <paramref name="name"/>, with a copy of <paramref name="payload"/> as its payload when given.</summary>
    private void Put(string bucketKey, string name, CacheEntry entry, ReadOnlySpan<byte> payload = default)
    {
        lock (_gate)
        {
            var bucket = Bucket(bucketKey);
            bucket.Set(name, payload.IsEmpty ? entry : entry with { Payload = bucket.Payloads.Add(payload) });
        }
    }

    /// <summary>The bucket of <paramref name="bucketKey"/>, loaded if need be (under <see cref="_gate"/>).</summary>
    private LoadedBucket Bucket(string bucketKey)
    {
        if (_buckets.TryGetValue(bucketKey, out var bucket))
        {
            _recentlyUsed.Remove(bucket.Node);
            _recentlyUsed.AddFirst(bucket.Node);
            return bucket;
        }

        var path = PathOf(bucketKey);
        bucket = new LoadedBucket(bucketKey, path, Load(path, bucketKey));
        _buckets[bucketKey] = bucket;
        _recentlyUsed.AddFirst(bucket.Node);
        while (_recentlyUsed.Count > MaxLoadedBuckets && _recentlyUsed.Last is { } oldest)
        {
            WriteIfChanged(oldest.Value);
            _recentlyUsed.RemoveLast();
            _buckets.Remove(oldest.Value.Key);
            oldest.Value.ReturnBuffers();
        }

        return bucket;
    }

    private BucketContent Load(string path, string bucketKey)
    {
        var content = BucketFile.Read(path, bucketKey, _key);
        switch (content.State)
        {
            case BucketState.Damaged:
                _damaged++;
                _firstDamage ??= content.Detail;
                break;
            case BucketState.Foreign:
                _foreign ??= content.Detail;
                break;
        }

        return content;
    }

    private void WriteIfChanged(LoadedBucket bucket)
    {
        if (bucket.Changed.Count == 0 || _writeFailure is not null)
        {
            return;
        }

        try
        {
            // Another run may have replaced the file since it was read: keep what it wrote for documents this one did not.
            if (DocumentFile.Stat(bucket.Path) is { } now && now != bucket.FileStamp
                && BucketFile.Read(bucket.Path, bucket.Key, _key) is { State: BucketState.Loaded } theirs)
            {
                foreach (var (name, entry) in theirs.Entries)
                {
                    if (!bucket.Changed.Contains(name))
                    {
                        bucket.Entries[name] = entry;
                    }
                }

                bucket.Keep(theirs.Buffer);
            }

            CacheFolder.Ensure(_cacheDirectory, Path.GetDirectoryName(bucket.Path)!);
            BucketFile.Write(bucket.Path, bucket.Key, _key, bucket.Entries);
            bucket.Changed.Clear();
            bucket.FileStamp = DocumentFile.Stat(bucket.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _writeFailure = e is UnauthorizedAccessException ? "permission denied" : e.Message;
        }
    }

    private string PathOf(string bucketKey)
    {
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(bucketKey.AsSpan()));
        var name = hash.ToString("x16", CultureInfo.InvariantCulture);
        return Path.Combine(_resultsDirectory, name[..2], name[2..] + ".bin");
    }

    private sealed class LoadedBucket
    {
        private readonly List<byte[]> _buffers = [];

        public LoadedBucket(string key, string path, BucketContent content)
        {
            Key = key;
            Path = path;
            Entries = content.Entries;
            FileStamp = content.FileStamp;
            Node = new LinkedListNode<LoadedBucket>(this);
            Keep(content.Buffer);
        }

        public string Key { get; }

        public string Path { get; }

        public Dictionary<string, CacheEntry> Entries { get; }

        /// <summary>Names whose entries this run set: they win over another run's when both wrote the bucket.</summary>
        public HashSet<string> Changed { get; } = new(StringComparer.Ordinal);

        /// <summary>The bucket file's stamp when this run last read or wrote it.</summary>
        public DocumentStamp? FileStamp { get; set; }

        public LinkedListNode<LoadedBucket> Node { get; }

        /// <summary>The payloads this run encoded for the bucket.</summary>
        public PayloadArena Payloads { get; } = new(BucketFile.Buffers);

        public void Set(string name, CacheEntry entry)
        {
            Entries[name] = entry;
            Changed.Add(name);
        }

        /// <summary>Holds a buffer that entries' payloads point into until the bucket is dropped.</summary>
        public void Keep(byte[]? buffer)
        {
            if (buffer is not null)
            {
                _buffers.Add(buffer);
            }
        }

        public void ReturnBuffers()
        {
            foreach (var buffer in _buffers)
            {
                BucketFile.Buffers.Return(buffer);
            }

            _buffers.Clear();
            Payloads.Release();
        }
    }

    /// <summary>An entry found, with its payload copied out of its bucket.</summary>
    /// <param name="MadeUnder">The severities the entry was made under when they are not the run's; null when they are.</param>
    private readonly record struct FoundEntry(CacheEntry? Entry, byte[] Payload, byte[]? MadeUnder);
}
