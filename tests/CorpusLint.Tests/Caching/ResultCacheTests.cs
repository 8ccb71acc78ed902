using System.Globalization;
using CorpusLint.Caching;
using CorpusLint.Configuration;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Rules;
using CorpusLint.Tests.Corpus;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Caching;

/// <summary>
/// The result cache through <see cref="LintRun"/>: each test compares a cached run with a run without cache, and checks
/// through <see cref="ResultCache.Statistics"/> which documents were served by their stamp (not read), by their content
/// (read and hashed, not linted) or linted.
/// </summary>
public sealed class ResultCacheTests : IDisposable
{
    private const string CorpusRuleOnly = "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL2012.severity = warning\n";

    private const string TwoFolders = "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL5004.severity = warning\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CacheDirectory => _folder.PathOf("cache");

    [Fact]
    public void An_unchanged_document_is_served_by_its_stamp_and_the_report_is_the_same()
    {
        var inputs = WriteArticles(TwoFolders);

        var cold = Run(inputs);
        var warm = Run(inputs);

        Assert.Equal(new ResultCacheStatistics(0, 0, inputs.Count), cold.Statistics);
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0), warm.Statistics);
        Assert.Equal(Uncached(inputs), warm.Report);
        Assert.Contains("CL5004", warm.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_touched_but_unchanged_document_is_hashed_not_linted()
    {
        var inputs = WriteArticles(TwoFolders);
        Run(inputs);

        File.SetLastWriteTimeUtc(inputs[2].FullPath, DateTime.UtcNow.AddMinutes(-5));
        var touched = Run(inputs);
        var again = Run(inputs);

        Assert.Equal(new ResultCacheStatistics(inputs.Count - 1, 1, 0), touched.Statistics);
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0), again.Statistics);
        Assert.Equal(Uncached(inputs), touched.Report);
    }

    [Fact]
    public void An_edited_document_is_linted_again_and_the_next_run_shows_the_edit()
    {
        var inputs = WriteArticles(TwoFolders);
        var before = Run(inputs);

        File.WriteAllText(inputs[1].FullPath, "By Ana Ruiz   \n\nThe council met on Tuesday.   \n");
        var after = Run(inputs);

        Assert.Equal(new ResultCacheStatistics(inputs.Count - 1, 0, 1), after.Statistics);
        Assert.NotEqual(before.Report, after.Report);
        Assert.Equal(Uncached(inputs), after.Report);
    }

    [Fact]
    public void New_content_with_the_old_size_and_modification_time_is_not_served()
    {
        var inputs = WriteArticles(TwoFolders);
        var path = inputs[0].FullPath;
        var modified = File.GetLastWriteTimeUtc(path);
        Run(inputs);

        // Same length, same mtime (as `cp -p` or `touch -d` leave it): only the change time and the content tell.
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("Ruiz  \n", "Ruiz\n\n\n", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, modified);
        var after = Run(inputs);

        Assert.Equal(text.Length, new FileInfo(path).Length);
        Assert.Equal(1, after.Statistics.Misses);
        Assert.Equal(Uncached(inputs), after.Report);
    }

    [Fact]
    public void A_file_that_changes_while_it_is_read_is_read_again_next_time()
    {
        var inputs = WriteArticles(TwoFolders);
        var path = inputs[3].FullPath;
        var changing = new ChangingFileCache(path, "By Ana Ruiz \n\nRewritten while it was read.\n");

        // The run lints what it read; the write lands after the read, within the stamp's resolution (settle time: 2 s).
        var (engine, corpus, cache) = Open(settleTime: ResultCache.DefaultStampSettleTime);
        new LintRun(engine, new LintRunOptions { Jobs = 2, Cache = changing.Around(cache), CorpusPass = corpus }).Run(inputs);
        cache.Save();
        var next = Run(inputs);

        Assert.True(changing.Changed);
        Assert.Equal(Uncached(inputs), next.Report);
        Assert.Contains("Rewritten", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_written_just_before_a_run_are_hashed_by_the_next_one_not_trusted_by_their_stamp()
    {
        var inputs = WriteArticles(TwoFolders);

        Run(inputs, settleTime: ResultCache.DefaultStampSettleTime);
        var next = Run(inputs, settleTime: ResultCache.DefaultStampSettleTime);

        Assert.Equal(new ResultCacheStatistics(0, inputs.Count, 0), next.Statistics);
    }

    [Fact]
    public void An_option_change_in_one_folder_relints_only_that_folder()
    {
        var inputs = WriteArticles(TwoFolders + "[b/**]\ncorpuslint.CL1002.min_words = 12\n");
        Run(inputs);

        _folder.Write(".editorconfig", TwoFolders + "[b/**]\ncorpuslint.CL1002.min_words = 13\n");
        var after = Run(inputs);

        var inB = inputs.Count(i => i.DisplayPath.StartsWith("b/", StringComparison.Ordinal));
        Assert.Equal(new ResultCacheStatistics(inputs.Count - inB, 0, inB), after.Statistics);
        Assert.Equal(Uncached(inputs), after.Report);
    }

    [Fact]
    public void A_severity_change_in_one_folder_relints_nothing_and_reports_the_new_severities()
    {
        var inputs = WriteArticles(TwoFolders + "[b/**]\ndotnet_diagnostic.CL5004.severity = suggestion\n");
        var before = Run(inputs);

        _folder.Write(".editorconfig", TwoFolders + "[b/**]\ndotnet_diagnostic.CL5004.severity = error\n");
        var after = Run(inputs);
        var again = Run(inputs);

        var inB = inputs.Count(i => i.DisplayPath.StartsWith("b/", StringComparison.Ordinal));
        Assert.Contains("suggestion CL5004", before.Report, StringComparison.Ordinal);
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0) { Reapplied = inB }, after.Statistics);
        Assert.Equal(Uncached(inputs), after.Report);
        Assert.Contains("b/story03.txt(1,12): error CL5004", after.Report, StringComparison.Ordinal);
        Assert.Contains("a/story00.txt(1,12): warning CL5004", after.Report, StringComparison.Ordinal);

        // The results re-applied were kept under the new severities: the next run serves them as they are.
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0), again.Statistics);
        Assert.Equal(after.Report, again.Report);
    }

    [Fact]
    public void A_rule_turned_off_loses_its_findings_without_a_lint_and_turned_on_again_gets_them_back_without_one()
    {
        var both = "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL5004.severity = warning\ndotnet_diagnostic.CL3001.severity = warning\n";
        var inputs = WriteArticles(both);
        var before = Run(inputs);

        _folder.Write(".editorconfig", TwoFolders);
        var off = Run(inputs);
        var offUncached = Uncached(inputs);
        _folder.Write(".editorconfig", both);
        var on = Run(inputs);

        Assert.Contains("CL3001", before.Report, StringComparison.Ordinal);
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0) { Reapplied = inputs.Count }, off.Statistics);
        Assert.DoesNotContain("CL3001", off.Report, StringComparison.Ordinal);
        Assert.Contains("CL5004", off.Report, StringComparison.Ordinal);
        Assert.Equal(offUncached, off.Report);

        // The run with fewer rules kept the entries as they were: the findings of the rule turned off come back.
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0), on.Statistics);
        Assert.Equal(before.Report, on.Report);
    }

    [Fact]
    public void A_rule_turned_on_that_never_ran_relints_every_document_it_applies_to()
    {
        var inputs = WriteArticles(TwoFolders);
        Run(inputs);

        _folder.Write(".editorconfig", TwoFolders + "[a/**]\ndotnet_diagnostic.CL3001.severity = warning\n");
        var on = Run(inputs);

        var inA = inputs.Count(i => i.DisplayPath.StartsWith("a/", StringComparison.Ordinal));
        Assert.Equal(new ResultCacheStatistics(inputs.Count - inA, 0, inA), on.Statistics);
        Assert.Contains("a/story00.txt(1,1): warning CL3001", on.Report, StringComparison.Ordinal);
        Assert.Equal(Uncached(inputs), on.Report);
    }

    [Fact]
    public void A_document_linted_in_part_is_linted_again_when_a_rule_is_turned_off()
    {
        var both = "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL5004.severity = warning\ndotnet_diagnostic.CL3001.severity = warning\n";
        var inputs = WriteArticles(both);
        var tooMany = Input("a/long.txt", "By Ana Ruiz\n\n" + string.Concat(Enumerable.Repeat("The council met.  \n", LintEngine.MaxDiagnosticsPerRule + 5)));
        inputs = [.. inputs.Append(tooMany).OrderBy(i => i.DisplayPath, StringComparer.Ordinal)];
        var before = Run(inputs);

        _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL3001.severity = warning\n");
        var after = Run(inputs);

        // CL0003 names the rule it is about (CL5004, turned off) in its message only: whether it stands needs a lint.
        Assert.Contains("CL0003: CL5004 found", before.Report, StringComparison.Ordinal);
        Assert.DoesNotContain("CL0003", after.Report, StringComparison.Ordinal);
        Assert.Equal(new ResultCacheStatistics(inputs.Count - 1, 0, 1) { Reapplied = inputs.Count - 1 }, after.Statistics);
        Assert.Equal(Uncached(inputs), after.Report);
    }

    [Fact]
    public void A_severity_change_of_the_corpus_rule_is_reapplied_to_its_cached_fingerprints()
    {
        var inputs = WriteGazette();
        Run(inputs);

        _folder.Write(".editorconfig", CorpusRuleOnly.Replace("CL2012.severity = warning", "CL2012.severity = error", StringComparison.Ordinal));
        var error = Run(inputs);
        _folder.Write(".editorconfig", CorpusRuleOnly.Replace("CL2012.severity = warning", "CL2012.severity = none", StringComparison.Ordinal));
        var off = Run(inputs);

        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0) { Reapplied = inputs.Count }, error.Statistics);
        Assert.Contains("error CL2012: ", error.Report, StringComparison.Ordinal);
        Assert.DoesNotContain("warning CL2012", error.Report, StringComparison.Ordinal);
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0) { Reapplied = inputs.Count }, off.Statistics);
        Assert.Empty(off.Report);
        Assert.Equal(Uncached(inputs), off.Report);
    }

    [Fact]
    public void A_rule_version_bump_relints_every_document()
    {
        var inputs = WriteArticles(TwoFolders);
        Run(inputs, rules: [.. Rules.Select(r => r.Id == "CL5004" ? new VersionedRule(r, r.Version) : r)]);

        var bumped = Rules.Select(r => r.Id == "CL5004" ? new VersionedRule(r, r.Version + 1) : r).ToList();
        var after = Run(inputs, rules: bumped);
        var again = Run(inputs, rules: bumped);

        Assert.Equal(new ResultCacheStatistics(0, 0, inputs.Count), after.Statistics);
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0), again.Statistics);
        Assert.Empty(after.Warnings);
    }

    [Fact]
    public void A_truncated_or_corrupted_cache_is_rebuilt_with_one_warning()
    {
        var inputs = WriteArticles(TwoFolders);
        Run(inputs);
        var buckets = Directory.GetFiles(CacheDirectory, "*.bin", SearchOption.AllDirectories);
        Assert.Equal(2, buckets.Length);
        File.WriteAllBytes(buckets[0], File.ReadAllBytes(buckets[0])[..^9]);
        var corrupted = File.ReadAllBytes(buckets[1]);
        corrupted[corrupted.Length / 2] ^= 0x20;
        File.WriteAllBytes(buckets[1], corrupted);

        var damaged = Run(inputs);
        var rebuilt = Run(inputs);

        var warning = Assert.Single(damaged.Warnings);
        Assert.Contains("damaged", warning, StringComparison.Ordinal);
        Assert.Contains("and 1 more file", warning, StringComparison.Ordinal);
        Assert.Equal(new ResultCacheStatistics(0, 0, inputs.Count), damaged.Statistics);
        Assert.Equal(Uncached(inputs), damaged.Report);
        Assert.Empty(rebuilt.Warnings);
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0), rebuilt.Statistics);
    }

    [Fact]
    public void A_cache_of_another_format_or_garbage_is_rebuilt_with_one_warning()
    {
        var inputs = WriteArticles(TwoFolders);
        Run(inputs);
        var buckets = Directory.GetFiles(CacheDirectory, "*.bin", SearchOption.AllDirectories);
        var other = File.ReadAllBytes(buckets[0]);
        other[4] = 0x7F; // the format version
        File.WriteAllBytes(buckets[0], other);
        File.WriteAllText(buckets[1], "not a cache file at all");

        var foreign = Run(inputs);

        Assert.Equal(2, foreign.Warnings.Count);
        Assert.Contains(foreign.Warnings, w => w.Contains("another version of CorpusLint", StringComparison.Ordinal));
        Assert.Contains(foreign.Warnings, w => w.Contains("damaged", StringComparison.Ordinal));
        Assert.Equal(Uncached(inputs), foreign.Report);
        Assert.Empty(Run(inputs).Warnings);
    }

    [Fact]
    public void A_run_that_saves_last_with_an_older_result_never_makes_the_next_run_stale()
    {
        var inputs = WriteArticles(TwoFolders);
        var path = inputs[0].FullPath;

        // Run A lints the old text but saves after run B linted the new one: A's entry wins the file, and must not win the report.
        var (engine, corpus, runA) = Open();
        new LintRun(engine, new LintRunOptions { Jobs = 2, Cache = runA, CorpusPass = corpus }).Run(inputs);
        File.WriteAllText(path, "By Ana Ruiz   \n\nThe council met on Tuesday.\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        Run(inputs);
        runA.Save();

        var next = Run(inputs);

        Assert.Equal(1, next.Statistics.Misses);
        Assert.Equal(Uncached(inputs), next.Report);
        Assert.Empty(next.Warnings);
    }

    [Fact]
    public void Runs_at_once_on_one_cache_neither_corrupt_it_nor_lose_a_result()
    {
        var inputs = WriteArticles(TwoFolders, count: 40);

        Parallel.For(0, 4, i => Run(i % 2 == 0 ? inputs : [.. Enumerable.Reverse(inputs)]));
        var next = Run(inputs);

        Assert.Empty(next.Warnings);
        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0), next.Statistics);
        Assert.Equal(Uncached(inputs), next.Report);
    }

    [Fact]
    public void Repeated_lines_are_counted_from_cached_fingerprints_and_an_edit_updates_the_other_documents()
    {
        var inputs = WriteGazette();
        var cold = Run(inputs);
        Assert.Contains("Appears in 8 documents", cold.Report, StringComparison.Ordinal);

        File.WriteAllText(inputs[0].FullPath, CorpusArticles.Article(0, CorpusArticles.Promo));
        var warm = Run(inputs);

        Assert.Equal(new ResultCacheStatistics(inputs.Count - 1, 0, 1), warm.Statistics);
        Assert.Contains("Appears in 9 documents", warm.Report, StringComparison.Ordinal);
        Assert.DoesNotContain("Appears in 8 documents", warm.Report, StringComparison.Ordinal);
        Assert.Equal(Uncached(inputs), warm.Report);
    }

    [Fact]
    public void Results_of_more_folders_than_stay_loaded_come_back_whole_including_one_larger_than_a_payload_chunk()
    {
        _folder.Write(".editorconfig", TwoFolders);
        var manyTrailingSpaces = "By Ana Ruiz\n\n" + string.Concat(Enumerable.Repeat("The council met.  \n\n", 6000));
        var inputs = Enumerable.Range(0, 40)
            .Select(i => Input($"desk{i:00}/story.txt", i == 3 ? manyTrailingSpaces : $"By Ana Ruiz\n\nThe council met {i} times.  \n"))
            .ToList();

        Run(inputs);
        var warm = Run(inputs);

        Assert.Equal(new ResultCacheStatistics(inputs.Count, 0, 0), warm.Statistics);
        Assert.Equal(Uncached(inputs), warm.Report);
        Assert.True(warm.Report.Split('\n').Count(l => l.Contains("desk03", StringComparison.Ordinal)) >= 6000);
    }

    private static IReadOnlyList<Rule> Rules => BuiltInRules.All;

    private static LintEngine Engine(IReadOnlyList<Rule>? rules = null) => new(rules ?? Rules, new ConfigurationProvider(rules ?? Rules));

    private static string Render(LintRunResult result) =>
        string.Concat(result.Diagnostics.Select(d => $"{d.Path}({d.Start.Line},{d.Start.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message} [{d.Fingerprint}]\n"));

    /// <summary>An engine, its corpus pass and a cache opened as the CLI opens them (stamps trusted at once unless told).</summary>
    private (LintEngine Engine, CorpusPass? Corpus, ResultCache Cache) Open(IReadOnlyList<Rule>? rules = null, TimeSpan? settleTime = null)
    {
        var engine = Engine(rules);
        var corpus = CorpusPass.For(engine);
        var key = CacheKey.Create(rules ?? Rules, projectRulesFingerprint: string.Empty, corpus, DocumentLimits.Default);
        return (engine, corpus, new ResultCache(CacheDirectory, key, rules ?? Rules, corpus) { StampSettleTime = settleTime ?? TimeSpan.Zero });
    }

    private CachedRun Run(IReadOnlyList<DocumentInput> inputs, IReadOnlyList<Rule>? rules = null, TimeSpan? settleTime = null)
    {
        var (engine, corpus, cache) = Open(rules, settleTime);
        var result = new LintRun(engine, new LintRunOptions { Jobs = 2, Cache = cache, CorpusPass = corpus }).Run(inputs);
        cache.Save();
        return new CachedRun(Render(result), cache.Statistics, cache.Warnings);
    }

    private static string Uncached(IReadOnlyList<DocumentInput> inputs)
    {
        var engine = Engine();
        return Render(new LintRun(engine, new LintRunOptions { Jobs = 1, CorpusPass = CorpusPass.For(engine) }).Run(inputs));
    }

    private DocumentInput Input(string relative, string text)
    {
        var path = _folder.Write(relative, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-10));
        return new DocumentInput(path, relative);
    }

    /// <summary>Twelve articles in gazette/, eight of them ending in the same promo lines (CL2012), with only CL2012 on.</summary>
    private List<DocumentInput> WriteGazette()
    {
        _folder.Write(".editorconfig", CorpusRuleOnly);
        return [.. Enumerable.Range(0, 12).Select(i => Input($"gazette/story{i:00}.txt", CorpusArticles.Article(i, i % 3 == 0 ? null : CorpusArticles.Promo)))];
    }

    /// <summary>Articles in folders a/ and b/, some with trailing spaces (CL5004).</summary>
    private List<DocumentInput> WriteArticles(string editorConfig, int count = 6)
    {
        _folder.Write(".editorconfig", editorConfig);
        return [.. Enumerable.Range(0, count).Select(i => Input(
            $"{(i % 2 == 0 ? "a" : "b")}/story{i:00}.txt",
            string.Create(CultureInfo.InvariantCulture, $"By Ana Ruiz{(i % 3 == 0 ? "  " : "")}\n\n{string.Concat(Enumerable.Repeat("The council met. ", 3 + i))}\n")))
            .OrderBy(i => i.DisplayPath, StringComparer.Ordinal)];
    }

    private sealed record CachedRun(string Report, ResultCacheStatistics Statistics, IReadOnlyList<string> Warnings);

    /// <summary>Rewrites one file right after the run read it and before its result is stored: a write racing the read.</summary>
    private sealed class ChangingFileCache(string path, string newText)
    {
        public bool Changed { get; private set; }

        private string Path => path;

        private string NewText => newText;

        public IDocumentResultCache Around(IDocumentResultCache inner) => new Wrapper(this, inner);

        private sealed class Wrapper(ChangingFileCache owner, IDocumentResultCache inner) : IDocumentResultCache
        {
            public DocumentResult? Lookup(DocumentInput input, DocumentConfiguration configuration) => inner.Lookup(input, configuration);

            public DocumentResult? LookupContent(DocumentInput input, DocumentConfiguration configuration, DocumentRead read)
            {
                if (input.FullPath == owner.Path && !owner.Changed)
                {
                    File.WriteAllText(owner.Path, owner.NewText);
                    owner.Changed = true;
                }

                return inner.LookupContent(input, configuration, read);
            }

            public void Store(DocumentInput input, DocumentConfiguration configuration, DocumentResult result) => inner.Store(input, configuration, result);
        }
    }

    /// <summary>A built-in rule under another <see cref="Rule.Version"/>: what a release that changed the rule looks like to the cache.</summary>
    private sealed class VersionedRule(Rule inner, int version) : Rule
    {
        public override Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => inner.Descriptor;

        public override int Version => version;

        public override FixKind FixKind => inner.FixKind;

        public override IReadOnlyList<RuleOption> Options => inner.Options;

        public override bool AnalyzesBinaryDocuments => inner.AnalyzesBinaryDocuments;

        public override bool NeedsWholeDocument => inner.NeedsWholeDocument;

        public override void Analyze(RuleContext context) => inner.Analyze(context);
    }
}
