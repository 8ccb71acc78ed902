using CorpusLint.Caching;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Caching;

/// <summary>The report snapshot file: what it is opened for, and that any damage is found before its report is used.</summary>
public sealed class ReportSnapshotTests : IDisposable
{
    private static readonly CacheKey Key = new("CorpusLint 1.0.0", 42);
    private static readonly DocumentStamp Stamp = new(120, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)) { ChangeTicks = 17, FileId = 99 };
    private static readonly Hash128 ContentHash = new(0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210);

    private readonly TempFolder _folder = new();

    private string SnapshotPath => _folder.PathOf("cache/reports/snapshot.bin");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_snapshot_opens_for_its_own_key_and_options_and_gives_back_its_report()
    {
        Write(body: "a.txt(1,1): error CL5004: x\n", ending: "end\n");

        using var snapshot = ReportSnapshot.Open(SnapshotPath, Key, options: 7, out var damage);

        Assert.Null(damage);
        Assert.NotNull(snapshot);
        Assert.True(snapshot.Verify(out _));
        Assert.Equal(new SnapshotSummary(1, 120, 1, 0, 0, 1), snapshot.Summary);
        Assert.Equal(ManifestMatch.Same, snapshot.Manifest.MatchNext("a.txt", Stamp, Configured(5), out _));
        Assert.True(snapshot.Manifest.AtEnd);
        Assert.Equal("a.txt(1,1): error CL5004: x\n", Copy(snapshot.CopyBodyTo));
        Assert.Equal("end\n", Copy(snapshot.CopyEndingTo));
    }

    [Theory]
    [InlineData("CorpusLint 1.0.0", 43, 7)]
    [InlineData("CorpusLint 2.0.0", 42, 7)]
    [InlineData("CorpusLint 1.0.0", 42, 8)]
    public void A_snapshot_of_another_build_rule_set_or_options_is_not_this_runs_and_no_cause_for_a_warning(string tool, int rules, int options)
    {
        Write(body: "report\n", ending: string.Empty);

        var snapshot = ReportSnapshot.Open(SnapshotPath, new CacheKey(tool, new Hash128(0, (ulong)rules)), new Hash128(0, (ulong)options), out var damage);

        Assert.Null(snapshot);
        Assert.Null(damage);
    }

    [Fact]
    public void A_manifest_matches_only_the_same_documents_in_the_same_order_with_the_same_stamps_and_configurations()
    {
        Write(body: "report\n", ending: string.Empty);

        Assert.Equal(ManifestMatch.Different, Open().Manifest.MatchNext("a.txt", Stamp, Configured(6, corpusSettings: 1), out _));
        Assert.Equal(ManifestMatch.Reconfigured, Open().Manifest.MatchNext("a.txt", Stamp, Configured(6), out var reconfigured));
        Assert.Equal(new ManifestEntry(120, ContentHash, new DocumentPart(7, 1, 0, 0, 1)), reconfigured);
        var manifest = Open().Manifest;
        Assert.Equal(ManifestMatch.OtherPath, manifest.MatchNext("b.txt", Stamp, Configured(5), out _));
        Assert.False(manifest.AtEnd);
        Assert.Equal("a.txt", manifest.NextPath());
        Assert.Equal(ManifestMatch.Same, manifest.MatchNext("a.txt", Stamp, Configured(5), out _));
        Assert.True(manifest.AtEnd);
        Assert.Null(manifest.NextPath());
        Assert.Equal(ManifestMatch.OtherPath, manifest.MatchNext("c.txt", Stamp, Configured(5), out _));
    }

    [Fact]
    public void A_deleted_document_is_passed_with_its_entry_and_the_next_one_still_matches()
    {
        Write(body: "report\n", ending: string.Empty);
        var manifest = Open().Manifest;

        Assert.True(manifest.SkipNext(out var gone));

        Assert.Equal(Stamp.Length, gone.Length);
        Assert.True(manifest.AtEnd);
        Assert.False(manifest.SkipNext(out _));
    }

    [Theory]
    [InlineData(18L, 99UL, 0)]
    [InlineData(17L, 98UL, 0)]
    [InlineData(17L, 99UL, 1)]
    public void A_document_with_only_another_stamp_is_restamped_and_gives_its_content_hash(long changeTicks, ulong fileId, int minutesLater)
    {
        Write(body: "report\n", ending: string.Empty);
        var restamped = Stamp with { LastWriteTimeUtc = Stamp.LastWriteTimeUtc.AddMinutes(minutesLater), ChangeTicks = changeTicks, FileId = fileId };

        Assert.Equal(ManifestMatch.Restamped, Open().Manifest.MatchNext("a.txt", restamped, Configured(5), out var entry));
        Assert.Equal(ContentHash, entry.ContentHash);
    }

    [Fact]
    public void A_document_of_another_size_is_resized_and_gives_its_part_of_the_report()
    {
        Write(body: "a.txt(1,1): error CL5004: x\n", ending: string.Empty);

        Assert.Equal(ManifestMatch.Resized, Open().Manifest.MatchNext("a.txt", Stamp with { Length = 121 }, Configured(5), out var entry));
        Assert.Equal(new ManifestEntry(120, ContentHash, new DocumentPart(28, 1, 0, 0, 1)), entry);
    }

    [Fact]
    public void A_document_whose_stamp_does_not_vouch_for_it_is_always_hashed()
    {
        Write(body: "report\n", ending: string.Empty, stampVouches: false);

        Assert.Equal(ManifestMatch.Restamped, Open().Manifest.MatchNext("a.txt", Stamp, Configured(5), out var entry));
        Assert.Equal(ContentHash, entry.ContentHash);
    }

    [Fact]
    public void A_manifest_larger_than_memory_is_spilled_and_read_back_from_the_file_whole_and_in_order()
    {
        // 30,000 entries of about 70 bytes: more than the megabyte the writer keeps in memory and the reader's window; and
        // 5,000 configurations, a head larger than the first piece of the tail the reader takes.
        const int Documents = 30_000;
        using (var writer = ReportSnapshotWriter.Create(_folder.PathOf("cache"), SnapshotPath)!)
        {
            using var manifest = new SnapshotManifestWriter();
            for (var i = 0; i < Documents; i++)
            {
                manifest.Add($"folder/{i:D6}.txt", Stamp with { Length = 100 + i }, true, new Hash128(0, (ulong)i), new ManifestConfiguration(new Hash128(0, (ulong)(i % 5000)), 0), new DocumentPart(i, 0, 1, 0, 1));
            }

            writer.Body.Write("report"u8);
            writer.EndBody();
            Assert.True(writer.Commit(Key, 7, new SnapshotSummary(Documents, 0, 0, Documents, 0, Documents), manifest, bodyPrefix: 0, counts: null));
        }

        using var snapshot = Open();
        Assert.True(snapshot.Verify(out _));
        var read = snapshot.Manifest;
        Assert.Equal(Documents, read.Count);
        for (var i = 0; i < Documents; i++)
        {
            Assert.Equal(ManifestMatch.Same, read.MatchNext($"folder/{i:D6}.txt", Stamp with { Length = 100 + i }, new ManifestConfiguration(new Hash128(0, (ulong)(i % 5000)), 0), out var entry));
            Assert.Equal(new ManifestEntry(100 + i, new Hash128(0, (ulong)i), new DocumentPart(i, 0, 1, 0, 1)), entry);
        }

        Assert.True(read.AtEnd);
    }

    [Fact]
    public void A_rewritten_manifest_takes_new_stamps_and_entries_and_keeps_the_rest()
    {
        using (var writer = ReportSnapshotWriter.Create(_folder.PathOf("cache"), SnapshotPath)!)
        {
            using var original = new SnapshotManifestWriter();
            original.Add("a.txt", Stamp, true, ContentHash, Configured(5), new DocumentPart(3, 1, 0, 0, 1));
            original.Add("b.txt", Stamp, true, ContentHash, Configured(6), new DocumentPart(4, 0, 1, 0, 1));
            writer.Body.Write("abcdefg"u8);
            writer.EndBody();
            Assert.True(writer.Commit(Key, 7, new SnapshotSummary(2, 240, 1, 1, 0, 2), original, bodyPrefix: 0, counts: null));
        }

        var edited = Stamp with { Length = 130, ChangeTicks = 20 };
        var touched = Stamp with { ChangeTicks = 30, FileId = 7 };
        using var rewritten = Open().Manifest.Rewrite([new ManifestRestamp(0, touched, true)], new Dictionary<int, ManifestReplacement> { [1] = new("b.txt", edited, true, 77, new DocumentPart(9, 0, 0, 2, 2)) }, [], new HashSet<int>());
        using (var writer = ReportSnapshotWriter.Create(_folder.PathOf("cache"), SnapshotPath)!)
        {
            writer.EndBody();
            Assert.True(writer.Commit(Key, 7, new SnapshotSummary(2, 250, 1, 0, 2, 3), rewritten, bodyPrefix: 0, counts: null));
        }

        var manifest = Open().Manifest;
        Assert.Equal(ManifestMatch.Same, manifest.MatchNext("a.txt", touched, Configured(5), out var first));
        Assert.Equal(ManifestMatch.Same, manifest.MatchNext("b.txt", edited, Configured(6), out var second));
        Assert.Equal(new DocumentPart(3, 1, 0, 0, 1), first.Part);
        Assert.Equal(new ManifestEntry(130, 77, new DocumentPart(9, 0, 0, 2, 2)), second);
        Assert.True(manifest.AtEnd);
    }

    [Fact]
    public void A_replaced_entry_that_names_another_configuration_is_stored_with_it_and_the_others_keep_theirs()
    {
        Write(body: "report\n", ending: string.Empty);
        using var rewritten = Open().Manifest.Rewrite([], new Dictionary<int, ManifestReplacement> { [0] = new("a.txt", Stamp, true, ContentHash, new DocumentPart(9, 0, 1, 0, 1)) { Configuration = Configured(8) } }, [], new HashSet<int>());
        using (var writer = ReportSnapshotWriter.Create(_folder.PathOf("cache"), SnapshotPath)!)
        {
            writer.EndBody();
            Assert.True(writer.Commit(Key, 7, new SnapshotSummary(1, 120, 0, 1, 0, 1), rewritten, bodyPrefix: 0, counts: null));
        }

        Assert.Equal(ManifestMatch.Same, Open().Manifest.MatchNext("a.txt", Stamp, Configured(8), out var entry));
        Assert.Equal(new DocumentPart(9, 0, 1, 0, 1), entry.Part);
        Assert.Equal(ManifestMatch.Reconfigured, Open().Manifest.MatchNext("a.txt", Stamp, Configured(5), out _));
    }

    [Fact]
    public void A_snapshot_keeps_the_counts_of_lines_at_the_floor_and_the_bound_for_the_others_and_where_its_parts_start()
    {
        // A threshold of 2 (min_documents 2): lines in two documents or more are kept, the others are in at most one.
        var counts = new RepetitionCounts();
        counts.Add(new DocumentFingerprints("a/1.txt", 9, Severity.Warning, 2, 2, [1, 2], []));
        counts.Add(new DocumentFingerprints("a/2.txt", 9, Severity.Warning, 2, 2, [2, 3], []));
        using (var writer = ReportSnapshotWriter.Create(_folder.PathOf("cache"), SnapshotPath)!)
        {
            writer.Body.Write("header"u8);
            writer.EndBody();
            using var empty = new SnapshotManifestWriter();
            Assert.True(writer.Commit(Key, 7, new SnapshotSummary(0, 0, 0, 0, 0, 0), empty, bodyPrefix: 6, counts));
        }

        using var snapshot = Open();
        var read = snapshot.ReadCounts()!;

        Assert.Equal(6, snapshot.BodyPrefix);
        Assert.Equal((2, 1, 1, 0), (read.Of(2), read.Of(1), read.Of(3), read.Of(4) - 1));
        Assert.Equal(2, read.GroupSize(9));
        Assert.Equal(2, read.Threshold(9));
    }

    [Fact]
    public void A_truncated_snapshot_is_damaged()
    {
        Write(body: "report\n", ending: string.Empty);
        var bytes = File.ReadAllBytes(SnapshotPath);
        File.WriteAllBytes(SnapshotPath, bytes[..^1]);

        Assert.Null(ReportSnapshot.Open(SnapshotPath, Key, 7, out var damage));
        Assert.NotNull(damage);
    }

    [Fact]
    public void A_byte_changed_in_the_report_fails_the_check()
    {
        Write(body: "report\n", ending: string.Empty);
        var bytes = File.ReadAllBytes(SnapshotPath);
        bytes[ReportSnapshot.HeaderBytes] ^= 1;
        File.WriteAllBytes(SnapshotPath, bytes);

        using var snapshot = Open();

        Assert.False(snapshot.Verify(out var damage));
        Assert.NotNull(damage);
    }

    [Fact]
    public void An_abandoned_or_uncommitted_snapshot_leaves_the_old_one()
    {
        Write(body: "old\n", ending: string.Empty);
        using (var abandoned = ReportSnapshotWriter.Create(_folder.PathOf("cache"), SnapshotPath)!)
        {
            abandoned.Body.Write("new\n"u8);
            abandoned.EndBody();
            abandoned.Abandon();
            using var empty = new SnapshotManifestWriter();
            Assert.False(abandoned.Commit(Key, 7, new SnapshotSummary(0, 0, 0, 0, 0, 0), empty, bodyPrefix: null, counts: null));
        }

        using (var uncommitted = ReportSnapshotWriter.Create(_folder.PathOf("cache"), SnapshotPath)!)
        {
            uncommitted.Body.Write("new\n"u8);
        }

        using var snapshot = Open();
        Assert.Equal("old\n", Copy(snapshot.CopyBodyTo));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(SnapshotPath)!));
    }

    /// <summary>A configuration as the manifest keeps it: its hash and its corpus-pass settings' (one the same for every configuration unless given).</summary>
    private static ManifestConfiguration Configured(int whole, int corpusSettings = 0) => new((ulong)whole, (ulong)corpusSettings);

    private ReportSnapshot Open() => ReportSnapshot.Open(SnapshotPath, Key, 7, out _) ?? throw new InvalidOperationException("no snapshot");

    private void Write(string body, string ending, bool stampVouches = true)
    {
        using var writer = ReportSnapshotWriter.Create(_folder.PathOf("cache"), SnapshotPath)!;
        writer.Body.Write(System.Text.Encoding.UTF8.GetBytes(body));
        writer.EndBody();
        writer.Body.Write(System.Text.Encoding.UTF8.GetBytes(ending));
        using var manifest = new SnapshotManifestWriter();
        manifest.Add("a.txt", Stamp, stampVouches, ContentHash, Configured(5), new DocumentPart(System.Text.Encoding.UTF8.GetByteCount(body), 1, 0, 0, 1));
        Assert.True(writer.Commit(Key, 7, new SnapshotSummary(1, 120, 1, 0, 0, 1), manifest, bodyPrefix: 0, counts: null));
    }

    private static string Copy(Action<Stream> copy)
    {
        using var stream = new MemoryStream();
        copy(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
