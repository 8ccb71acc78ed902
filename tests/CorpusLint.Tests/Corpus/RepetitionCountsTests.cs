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
        Assert.Equal((6, 2, 1), (counts.Of(10), counts.Of(30), counts.Of(20)));
    }

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
    private static DocumentFingerprints RandomFingerprints(Random random, string path, ulong group) =>
        Fingerprints(path, group, [.. Enumerable.Range(0, 8).Where(_ => random.Next(3) == 0).Select(line => (ulong)((group * 100) + (ulong)line))], minDocuments: 3);

    private static DocumentFingerprints Fingerprints(string path, ulong group, ulong[] hashes, int minDocuments = 5)
    {
        var sorted = hashes.Distinct().Order().ToArray();
        var reportable = sorted.Select((hash, i) => new LineFingerprint(hash, i + 1, i * 10, 9, 1)).ToArray();
        return new DocumentFingerprints(path, group, Severity.Warning, minDocuments, 0, sorted, reportable);
    }

    private static string[] Render(IEnumerable<LintDiagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Path}:{d.Start.Line}-{d.End.Line} {d.Message} {d.Fingerprint}")];
}
