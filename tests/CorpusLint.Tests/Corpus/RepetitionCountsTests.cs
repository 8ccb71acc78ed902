using CorpusLint.Caching;
using CorpusLint.Corpus;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;

namespace CorpusLint.Tests.Corpus;

/// <summary>
/// Counts kept by a report snapshot and edited documents put into them: whatever is accepted must report exactly what
/// counting the edited corpus afresh reports, in every document; whatever could change another document is refused.
/// </summary>
public sealed class RepetitionCountsTests
{
    private static readonly CL2012RepeatedAcrossDocuments Rule = new();

    [Fact]
    public void A_line_that_reaches_the_threshold_through_an_edit_is_refused()
    {
        var documents = Enumerable.Range(0, 6).Select(i => Fingerprints($"a/{i}.txt", group: 1, i < 4 ? [10, 20 + (ulong)i] : [20 + (ulong)i])).ToList();
        var counts = Restored(documents);

        // Line 10 is in four documents; a fifth one holding it makes it boilerplate in all five.
        Assert.False(counts.TryReplace(documents[4], Fingerprints("a/4.txt", group: 1, [10, 24])));
        Assert.Equal(4, counts.Of(10));
    }

    [Fact]
    public void A_line_that_leaves_a_reported_line_behind_is_refused_and_a_line_well_below_is_taken()
    {
        var documents = Enumerable.Range(0, 6).Select(i => Fingerprints($"a/{i}.txt", group: 1, [10, 20 + (ulong)i])).ToList();
        var counts = Restored(documents);

        Assert.False(counts.TryReplace(documents[0], Fingerprints("a/0.txt", group: 1, [20])));
        Assert.True(counts.TryReplace(documents[0], Fingerprints("a/0.txt", group: 1, [10, 30])));

        // Lines 20 and 30 were below the floor (4, one below the threshold of 5): their counts are bounds, 3 for a line
        // not kept, so the added line counts as 4 and the removed one as 2.
        Assert.Equal(4, counts.KeptFloor);
        Assert.Equal((6, 4, 2), (counts.Of(10), counts.Of(30), counts.Of(20)));
    }

    [Fact]
    public void Counting_keeps_exact_counts_from_one_below_the_lowest_threshold_and_a_bound_under_it()
    {
        var counts = new RepetitionCounts();
        for (var i = 0; i < 10; i++)
        {
            // Group 1 (threshold 5): line 10 in all ten documents, line 11 in four, line 12 in three; group 2 (threshold 8)
            // has line 20 in all of its ten documents.
            ulong[] lines = i < 3 ? [10, 11, 12] : i < 4 ? [10, 11] : [10];
            counts.Add(Fingerprints($"a/{i}.txt", group: 1, lines));
            counts.Add(Fingerprints($"b/{i}.txt", group: 2, [20], minDocuments: 8));
        }

        Assert.Equal(4, counts.KeptFloor);
        Assert.Equal((10, 4, 3, 10), (counts.Of(10), counts.Of(11), counts.Of(12), counts.Of(20)));
        Assert.Equal(3, counts.Of(99));
        Assert.Throws<InvalidOperationException>(() => counts.Add(Fingerprints("a/10.txt", group: 1, [10])));
    }

    [Fact]
    public void Hashes_spilled_to_temporary_files_are_counted_exactly()
    {
        // 2,000 documents of 600 lines: 9.6 MB of hashes, more than the partitions keep in memory (8 MB).
        var counts = new RepetitionCounts();
        for (var i = 0; i < 2000; i++)
        {
            ulong[] hashes = [.. Enumerable.Range(0, 600).Select(line => Spread((ulong)((i * 600) + line))), Spread(ulong.MaxValue - (ulong)(i % 7))];
            counts.Add(Fingerprints($"a/{i}.txt", group: 1, hashes, minDocuments: 2));
        }

        Assert.Equal(2, counts.KeptFloor);
        Assert.Equal(1, counts.Of(Spread(12345)));
        Assert.Equal([286, 286, 286, 286, 286, 285, 285], Enumerable.Range(0, 7).Select(k => counts.Of(Spread(ulong.MaxValue - (ulong)k))));
    }

    /// <summary>Spreads small numbers over the whole hash range, as real line hashes are, so that every partition gets some.</summary>
    private static ulong Spread(ulong value) => value * 0x9E3779B97F4A7C15UL;

    [Fact]
    public void A_document_that_moves_to_another_group_or_turns_the_rule_on_or_off_is_refused()
    {
        var documents = Enumerable.Range(0, 3).Select(i => Fingerprints($"a/{i}.txt", group: 1, [20 + (ulong)i])).ToList();
        var counts = Restored(documents);

        Assert.False(counts.TryReplace(documents[0], Fingerprints("a/0.txt", group: 2, [20])));
        Assert.False(counts.TryReplace(documents[0], null));
        Assert.False(counts.TryReplace(null, documents[0]));
        Assert.True(counts.TryReplace(null, null));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Accepted_edits_report_in_every_document_what_counting_the_edited_corpus_afresh_reports(int seed)
    {
        var random = new Random(seed);
        var accepted = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var documents = Enumerable.Range(0, 12).Select(i => RandomFingerprints(random, $"g{i % 2}/{i}.txt", group: (ulong)(i % 2))).ToList();
            var counts = Restored(documents);
            for (var edit = 0; edit < 3; edit++)
            {
                var k = random.Next(documents.Count);
                var replacement = RandomFingerprints(random, documents[k].Path, documents[k].Group);
                if (!counts.TryReplace(documents[k], replacement))
                {
                    continue;
                }

                accepted++;
                documents[k] = replacement;
                var spliced = new RepetitionAnalysis(Rule, counts);
                var fresh = new RepetitionAnalysis(Rule);
                documents.ForEach(fresh.Add);
                Assert.All(documents, d => Assert.Equal(Render(fresh.Diagnose(d)), Render(spliced.Diagnose(d))));
            }
        }

        Assert.InRange(accepted, 50, 600);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 34)]
    [InlineData(3, 50)]
    [InlineData(4, 67)]
    public void Accepted_additions_and_deletions_report_in_every_document_what_counting_afresh_reports(int seed, int minSharePercent)
    {
        // With a share of the group in the threshold, a document added or deleted can move every other one's threshold.
        var random = new Random(seed);
        var accepted = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var documents = Enumerable.Range(0, 12).Select(i => RandomFingerprints(random, $"g{i % 2}/{i}.txt", group: (ulong)(i % 2), minSharePercent)).ToList();
            var counts = Restored(documents);
            for (var change = 0; change < 4; change++)
            {
                bool taken;
                if (random.Next(2) == 0 && documents.Count > 0)
                {
                    var k = random.Next(documents.Count);
                    taken = counts.TryRemove(documents[k]);
                    if (taken)
                    {
                        documents.RemoveAt(k);
                    }
                }
                else
                {
                    var group = (ulong)random.Next(3); // group 2 is new to the counts
                    var added = RandomFingerprints(random, $"g{group}/new{trial}-{change}.txt", group, minSharePercent);
                    taken = counts.TryAdd(added);
                    if (taken)
                    {
                        documents.Add(added);
                    }
                }

                if (!taken)
                {
                    continue;
                }

                accepted++;
                var spliced = new RepetitionAnalysis(Rule, counts);
                var fresh = new RepetitionAnalysis(Rule);
                documents.ForEach(fresh.Add);
                Assert.All(documents, d => Assert.Equal(Render(fresh.Diagnose(d)), Render(spliced.Diagnose(d))));
            }
        }

        Assert.InRange(accepted, 50, 800);
    }

    [Fact]
    public void A_threshold_moved_by_the_groups_size_is_taken_only_over_counts_no_line_has()
    {
        // Ten documents at a share of 50%: the threshold is 5 with ten documents or nine, 6 with eleven. Line 10 is in
        // five of them, reported at 5 and not at 6.
        var documents = Enumerable.Range(0, 10).Select(i => Share50($"a/{i}.txt", i < 5 ? [10, 20 + (ulong)i] : [20 + (ulong)i])).ToList();
        var counts = Restored(documents);
        Assert.False(counts.TryAdd(Share50("a/new.txt", [99])));
        Assert.Equal(10, counts.GroupSize(1));
        Assert.True(counts.TryRemove(documents[9]));
        Assert.Equal(9, counts.GroupSize(1));

        // Without a line at 5, one more document moves the threshold over nothing.
        var quiet = Restored(Enumerable.Range(0, 10).Select(i => Share50($"a/{i}.txt", i < 4 ? [10, 20 + (ulong)i] : [20 + (ulong)i])));
        Assert.True(quiet.TryAdd(Share50("a/new.txt", [99])));
        Assert.Equal(11, quiet.GroupSize(1));
    }

    [Fact]
    public void An_addition_with_other_settings_than_its_groups_or_a_threshold_under_the_exact_counts_is_refused()
    {
        var counts = Restored(Enumerable.Range(0, 10).Select(i => Fingerprints($"a/{i}.txt", group: 1, [20 + (ulong)i])));

        Assert.False(counts.TryAdd(Fingerprints("a/new.txt", group: 1, [99], minDocuments: 4)));
        Assert.True(counts.TryAdd(Fingerprints("a/new.txt", group: 1, [99])));

        // Lines below the floor (4) are not counted exactly: a new group whose threshold is under it could not be told.
        Assert.False(counts.TryAdd(Fingerprints("b/new.txt", group: 2, [199], minDocuments: 2)));
        Assert.True(counts.TryAdd(Fingerprints("b/new.txt", group: 2, [199])));
        Assert.Equal((11, 1), (counts.GroupSize(1), counts.GroupSize(2)));
    }

    private static DocumentFingerprints Share50(string path, ulong[] hashes) => Fingerprints(path, group: 1, hashes, minDocuments: 3, minSharePercent: 50);

    /// <summary>The counts of <paramref name="documents"/> as a report snapshot stores and restores them.</summary>
    private static RepetitionCounts Restored(IEnumerable<DocumentFingerprints> documents)
    {
        var counts = new RepetitionCounts();
        foreach (var document in documents)
        {
            counts.Add(document);
        }

        var writer = new CacheWriter();
        counts.Write(writer);
        var reader = new CacheReader(writer.Written);
        return RepetitionCounts.Read(ref reader);
    }

    /// <summary>Lines drawn from a small pool, so that many repeat, some reach the threshold of 3 and some stop just short.</summary>
    private static DocumentFingerprints RandomFingerprints(Random random, string path, ulong group, int minSharePercent = 0) =>
        Fingerprints(path, group, [.. Enumerable.Range(0, 8).Where(_ => random.Next(3) == 0).Select(line => (ulong)((group * 100) + (ulong)line))], minDocuments: 3, minSharePercent);

    private static DocumentFingerprints Fingerprints(string path, ulong group, ulong[] hashes, int minDocuments = 5, int minSharePercent = 0)
    {
        var sorted = hashes.Distinct().Order().ToArray();
        var reportable = sorted.Select((hash, i) => new LineFingerprint(hash, i + 1, i * 10, 9, 1)).ToArray();
        return new DocumentFingerprints(path, group, Severity.Warning, minDocuments, minSharePercent, sorted, reportable);
    }

    private static string[] Render(IEnumerable<LintDiagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Path}:{d.Start.Line}-{d.End.Line} {d.Message} {d.Fingerprint}")];
}
