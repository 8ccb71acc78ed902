using CorpusLint.Configuration;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;

namespace CorpusLint.Tests.Corpus;

public sealed class RepetitionAnalysisTests
{
    private static readonly CL2012RepeatedAcrossDocuments Rule = new();

    [Fact]
    public void A_line_in_many_articles_of_a_folder_is_reported_in_each_at_its_line()
    {
        var diagnostics = Analyze(Enumerable.Range(0, 6).Select(i => ($"site/a{i}.txt", CorpusArticles.Article(i, CorpusArticles.Promo))));

        Assert.Equal(6, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(("CL2012", 8, 1), (d.Id, d.Start.Line, d.Start.Column)));
        Assert.All(diagnostics, d => Assert.StartsWith("Appears in 6 documents", d.Message, StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void The_diagnostic_spans_the_line_and_offers_no_fix()
    {
        var text = CorpusArticles.Article(0, CorpusArticles.Promo);
        var diagnostics = Analyze(Enumerable.Range(0, 5).Select(i => ($"site/a{i}.txt", i == 0 ? text : CorpusArticles.Article(i, CorpusArticles.Promo))));

        var diagnostic = diagnostics.First(d => d.Path == "site/a0.txt");
        Assert.Equal(CorpusArticles.Promo, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal((8, CorpusArticles.Promo.Length + 1), (diagnostic.End.Line, diagnostic.End.Column));
        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void Adjacent_repeated_lines_are_one_diagnostic()
    {
        const string closing = CorpusArticles.Promo + "\nThe Harbour Gazette is published by the Island Press Trust in Kilmory.";
        var diagnostics = Analyze(Enumerable.Range(0, 5).Select(i => ($"site/a{i}.txt", CorpusArticles.Article(i, closing))));

        Assert.Equal(5, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal((8, 9), (d.Start.Line, d.End.Line)));
        Assert.All(diagnostics, d => Assert.EndsWith("(2 line(s))", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_footer_the_body_takes_in_at_its_edge_is_still_compared()
    {
        const string footer = "Island Press Trust, 12 Quay Street, Kilmory.\n\nTelephone: 01234 567890 (newsroom)\n\n"
            + "Registered in Scotland, No. 123456.\n\nPrinted by Harbour Print Works (Kilmory).";
        var diagnostics = Analyze(Enumerable.Range(0, 6).Select(i => ($"site/a{i}.txt", CorpusArticles.Article(i, footer))));

        Assert.Contains(diagnostics, d => d.Path == "site/a0.txt" && d.Start.Line == 8);
    }

    [Fact]
    public void A_suppression_comment_keeps_a_line_from_being_reported()
    {
        var documents = Enumerable.Range(0, 5).Select(i => ($"site/a{i}.md",
            i == 0 ? CorpusArticles.Article(i, "<!-- corpuslint-disable-next-line CL2012 -->\n" + CorpusArticles.Promo) : CorpusArticles.Article(i, CorpusArticles.Promo)));

        var diagnostics = Analyze(documents);

        Assert.Equal(4, diagnostics.Count);
        Assert.DoesNotContain(diagnostics, d => d.Path == "site/a0.md");
    }

    [Fact]
    public void A_sentence_quoted_by_two_articles_is_not_boilerplate()
    {
        const string quote = "“We listened to islanders and changed the plan,” said Tomas Berg on Tuesday.";
        var documents = Enumerable.Range(0, 8).Select(i => ($"site/a{i}.txt", CorpusArticles.Article(i, extraParagraph: i < 2 ? quote : null)));

        Assert.Empty(Analyze(documents));
    }

    [Fact]
    public void Fewer_documents_than_min_documents_are_not_enough()
    {
        Assert.Empty(Analyze(Enumerable.Range(0, 4).Select(i => ($"site/a{i}.txt", CorpusArticles.Article(i, CorpusArticles.Promo)))));
    }

    [Fact]
    public void A_line_in_a_small_share_of_a_large_folder_is_not_the_sites()
    {
        // 6 of 400 documents (1.5%) is less than min_share (2%).
        var documents = Enumerable.Range(0, 400).Select(i => ($"site/a{i}.txt", CorpusArticles.Article(i, i < 6 ? CorpusArticles.Promo : null)));

        Assert.Empty(Analyze(documents));
    }

    [Fact]
    public void Copies_of_one_article_are_a_duplicated_document_not_boilerplate()
    {
        var documents = Enumerable.Range(0, 6).Select(i => ($"site/copy{i}.txt", CorpusArticles.Article(1, CorpusArticles.Promo)));

        Assert.Empty(Analyze(documents));
    }

    [Fact]
    public void Lines_of_other_folders_do_not_count()
    {
        var documents = Enumerable.Range(0, 6).Select(i => ($"site{i % 2}/a{i}.txt", CorpusArticles.Article(i, CorpusArticles.Promo)));

        Assert.Empty(Analyze(documents));
    }

    [Fact]
    public void A_site_named_in_the_front_matter_groups_its_documents_across_folders()
    {
        var documents = Enumerable.Range(0, 6).Select(i => ($"day{i}/a{i}.md", $"---\nurl: https://www.harbour-gazette.example/story/{i}\n---\n\n" + CorpusArticles.Article(i, CorpusArticles.Promo)));

        var diagnostics = Analyze(documents);

        Assert.Equal(6, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.StartsWith("Appears in 6 documents grouped with this one", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_documents_arrive_in()
    {
        var documents = Enumerable.Range(0, 9).Select(i => ($"site/a{i}.txt", CorpusArticles.Article(i, i % 3 == 0 ? null : CorpusArticles.Promo))).ToList();

        var inOrder = Analyze(documents).Select(Render);
        var reversed = Analyze(Enumerable.Reverse(documents)).Select(Render);
        var shuffled = Analyze(documents.OrderBy(d => d.Item1.GetHashCode(StringComparison.Ordinal))).Select(Render);

        Assert.Equal(inOrder, reversed);
        Assert.Equal(inOrder, shuffled);
    }

    [Fact]
    public void Fingerprints_survive_a_round_trip_through_their_binary_form()
    {
        var document = Document.FromText("site/a0.txt", CorpusArticles.Article(0, CorpusArticles.Promo));
        var fingerprints = LineFingerprinter.Fingerprint(document, "folder:news/site", Severity.Warning, 5, 2, corpusPath: "news/site/a0.txt");

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            fingerprints.Write(writer);
        }

        stream.Position = 0;
        var read = DocumentFingerprints.Read(new BinaryReader(stream));

        Assert.Equal((fingerprints.Path, fingerprints.CorpusPath, fingerprints.Group, fingerprints.Severity, fingerprints.MinDocuments, fingerprints.MinSharePercent),
            (read.Path, read.CorpusPath, read.Group, read.Severity, read.MinDocuments, read.MinSharePercent));
        Assert.Equal(("site/a0.txt", "news/site/a0.txt"), (read.Path, read.CorpusPath));
        Assert.Equal(fingerprints.Hashes, read.Hashes);
        Assert.Equal(fingerprints.Reportable, read.Reportable);
        Assert.True(stream.Length < 400, $"{stream.Length} bytes for a short article");
    }

    [Fact]
    public void Cached_fingerprints_are_reported_under_the_reading_runs_path_and_refused_for_another_corpus_path()
    {
        var rules = new Rule[] { Rule };
        var engine = new LintEngine(rules, new ConfigurationProvider(rules));
        var pass = CorpusPass.For(engine)!;
        var document = Document.FromText("site/a0.txt", CorpusArticles.Article(0, CorpusArticles.Promo));
        var written = pass.Fingerprint(document, "news/site/a0.txt", engine.Configuration.GetConfiguration("/p/news/site/a0.txt"))!;
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            pass.Write(written, writer);
        }

        // The file as a run from the project's root shows it (another path than the one written), and a file elsewhere in the project.
        var fromRoot = new DocumentInput("/p/news/site/a0.txt", "news/site/a0.txt") { CorpusPath = "news/site/a0.txt" };
        var moved = new DocumentInput("/p/news/other/a0.txt", "other/a0.txt") { CorpusPath = "news/other/a0.txt" };
        var read = (DocumentFingerprints)pass.Read(new BinaryReader(new MemoryStream(bytes.ToArray())), fromRoot);

        Assert.Equal(("news/site/a0.txt", "news/site/a0.txt", written.Group), (read.Path, read.CorpusPath, read.Group));
        Assert.Throws<InvalidDataException>(() => pass.Read(new BinaryReader(new MemoryStream(bytes.ToArray())), moved));
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs()
    {
        var first = LineFingerprinter.Fingerprint(Document.FromText("a.txt", CorpusArticles.Article(0)), "folder:x", Severity.Warning, 5, 2);
        var second = LineFingerprinter.Fingerprint(Document.FromText("b.txt", CorpusArticles.Article(0)), "folder:x", Severity.Warning, 5, 2);

        Assert.Equal(first.Hashes, second.Hashes);
        Assert.NotEmpty(first.Hashes);
    }

    [Fact]
    public void A_truncated_record_is_an_error_not_a_wrong_result()
    {
        var fingerprints = LineFingerprinter.Fingerprint(Document.FromText("a.txt", CorpusArticles.Article(0)), "folder:x", Severity.Warning, 5, 2);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            fingerprints.Write(writer);
        }

        var bytes = stream.ToArray()[..^3];

        Assert.ThrowsAny<Exception>(() => DocumentFingerprints.Read(new BinaryReader(new MemoryStream(bytes))));
    }

    private static string Render(LintDiagnostic d) => $"{d.Path}:{d.Start.Line}:{d.Start.Column} {d.Id} {d.Message}";

    private static List<LintDiagnostic> Analyze(IEnumerable<(string Path, string Text)> documents)
    {
        var analysis = new RepetitionAnalysis(Rule);
        var fingerprints = new List<DocumentFingerprints>();
        foreach (var (path, text) in documents)
        {
            var document = Document.FromText(path, text);
            var group = LineFingerprinter.SiteOf(document) is { } site ? "site:" + site : "folder:" + Path.GetDirectoryName(path);
            fingerprints.Add(LineFingerprinter.Fingerprint(document, group, Severity.Warning, RepeatedLineRule.DefaultMinDocuments, RepeatedLineRule.DefaultMinSharePercent));
            analysis.Add(fingerprints[^1]);
        }

        var diagnostics = fingerprints.SelectMany(analysis.Diagnose).ToList();
        diagnostics.Sort(LintDiagnostic.ReportOrder);
        return diagnostics;
    }
}
