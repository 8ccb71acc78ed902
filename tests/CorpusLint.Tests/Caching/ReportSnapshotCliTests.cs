using System.Text.RegularExpressions;
using CorpusLint.Engine;
using CorpusLint.Tests.Cli;

namespace CorpusLint.Tests.Caching;

/// <summary>
/// Report snapshots through the CLI (SPEC §8): a run replays the report the last cached run stored exactly when nothing
/// it was rendered from changed, byte for byte as a run without the cache reports; any change, and any doubt about the
/// snapshot, falls back to linting. A replay is told from a run by the snapshot file: a run that may store one
/// replaces it (a new file), a replay leaves it as it was.
/// </summary>
public sealed partial class ReportSnapshotCliTests : IDisposable
{
    private const string Footer = "Follow our newsroom on every platform for more coverage like this.";

    private readonly CliRunner _cli = new() { StampSettleTime = TimeSpan.Zero };

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, string> Formats() => new()
    {
        { "text", "1" }, { "text", "2" }, { "json", "1" }, { "json", "2" }, { "sarif", "1" }, { "sarif", "2" },
        { "github", "1" }, { "github", "2" }, { "full", "1" }, { "full", "2" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_replayed_report_is_byte_for_byte_the_report_of_a_run_without_the_cache(string format, string jobs)
    {
        WriteCorpus();
        string[] arguments = ["--format", format, "--jobs", jobs, "--reproducible", "."];
        var uncached = _cli.Run(["--no-cache", .. arguments]);

        var stored = _cli.Run(arguments);
        var replayed = RunReplaying(arguments);

        Assert.Contains("CL2012", uncached.Output, StringComparison.Ordinal);
        Assert.Equal(1, uncached.ExitCode);
        Assert.Equal(Comparable(uncached), Comparable(stored));
        Assert.Equal(Comparable(uncached), Comparable(replayed));
    }

    [Fact]
    public void A_replayed_json_report_ends_with_the_replaying_runs_own_summary()
    {
        WriteCorpus();
        _cli.Run("--format", "json", ".");

        var replayed = RunReplaying("--format", "json", ".");
        var uncached = _cli.Run("--no-cache", "--format", "json", ".");

        Assert.Equal(WithoutElapsed(uncached.Output), WithoutElapsed(replayed.Output));
        Assert.Matches("\"elapsedMs\": [0-9]+\n  }\n}\n$", replayed.Output);
    }

    [Fact]
    public void A_report_written_to_a_file_is_replayed_into_the_file()
    {
        WriteCorpus();
        _cli.Run("--format", "sarif", "--output", "report.sarif", "a", "b");
        var stored = File.ReadAllText(_cli.Folder.PathOf("report.sarif"));
        File.Delete(_cli.Folder.PathOf("report.sarif"));

        var replayed = RunReplaying("--format", "sarif", "--output", "report.sarif", "a", "b");

        Assert.Equal(string.Empty, replayed.Output);
        Assert.Equal(stored, File.ReadAllText(_cli.Folder.PathOf("report.sarif")));
    }

    [Fact]
    public void An_edited_document_is_linted_again_and_the_repeated_lines_of_the_others_follow()
    {
        WriteCorpus();
        _cli.Run("--format", "text", ".");

        // The footer no longer repeats in enough documents: every other document's CL2012 finding goes too.
        _cli.Folder.Write("a/one.txt", Article("The council met again on Wednesday.", footer: "Reporting by the desk."));
        var after = RunFallingBack("--format", "text", ".");

        Assert.Equal(Uncached("--format", "text", "."), after.Output);
        Assert.DoesNotContain("CL2012", after.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), RunReplaying("--format", "text", ".").Output);
    }

    [Fact]
    public void An_added_document_that_changes_what_the_others_report_is_reported_by_a_run()
    {
        WriteCorpus();
        _cli.Run("--format", "text", ".");

        // A sixth document of folder a with the footer: every other one's CL2012 message counts it.
        _cli.Folder.Write("a/zero.txt", Article("A new story filed late.", Footer) + "Trailing.   \n");
        var after = RunFallingBack("--format", "text", ".");

        Assert.DoesNotContain("(the cached report", after.Error, StringComparison.Ordinal);
        Assert.Contains("a/zero.txt", after.Output, StringComparison.Ordinal);
        Assert.Contains("Appears in 6 documents", after.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
    }

    [Fact]
    public void A_deleted_document_is_taken_out_of_the_stored_report()
    {
        WriteCorpus();
        var before = _cli.Run("--format", "text", ".");

        File.Delete(_cli.Folder.PathOf("b/five.txt"));
        var after = RunSplicing("--format", "text", ".");

        Assert.Contains("b/five.txt", before.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("b/five.txt", after.Output, StringComparison.Ordinal);
        Assert.Contains("1 deleted document(s) taken out", after.Error, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
        Assert.Equal(Uncached("--format", "text", "."), RunReplaying("--format", "text", ".").Output);
    }

    [Fact]
    public void A_deleted_document_whose_lines_the_others_report_is_reported_by_a_run()
    {
        WriteCorpus();
        _cli.Run("--format", "text", ".");

        // Four documents of folder a keep the footer: below CL2012's five, no document reports it any more.
        File.Delete(_cli.Folder.PathOf("a/six.txt"));
        var after = RunFallingBack("--format", "text", ".");

        Assert.DoesNotContain("(the cached report", after.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CL2012", after.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
    }

    [Theory]
    [MemberData(nameof(SpliceableFormats))]
    public void Documents_added_and_deleted_are_spliced_into_the_stored_report_byte_for_byte_as_a_run_without_the_cache(string format, string jobs)
    {
        WriteCorpus();
        string[] arguments = ["--format", format, "--jobs", jobs, "--reproducible", "."];
        _cli.Run(arguments);

        // One beside an old document, one in a folder of its own, one after every other.
        _cli.Folder.Write("b/added.txt", Article("A ferry resumed service on Monday.", "A different ending.") + "Added late.   \n");
        _cli.Folder.Write("c/new.txt", CleanArticle + "A correction was added.   \n");
        _cli.Folder.Write("z.txt", CleanArticle);
        var added = RunSplicing(arguments);
        Assert.Equal(Comparable(_cli.Run(["--no-cache", .. arguments])), Comparable(added));
        Assert.Contains("with 3 added document(s) linted into it", added.Error, StringComparison.Ordinal);

        // A deletion, an addition and an edit at once.
        File.Delete(_cli.Folder.PathOf("b/five.txt"));
        _cli.Folder.Write("b/zz.txt", CleanArticle + "Another note.   \n");
        Edit("a/two.txt", text => text + "A line added on review.   \n");
        var mixed = RunSplicing(arguments);
        var uncached = _cli.Run(["--no-cache", .. arguments]);

        Assert.Contains("with 1 edited and 1 added document(s) linted into it and 1 deleted document(s) taken out", mixed.Error, StringComparison.Ordinal);
        Assert.Contains("b/zz.txt", uncached.Output, StringComparison.Ordinal);
        Assert.Equal(Comparable(uncached), Comparable(mixed));
        Assert.Equal(Comparable(uncached), Comparable(RunReplaying(arguments)));
    }

    [Fact]
    public void A_json_report_whose_first_diagnostics_come_with_an_added_document_is_built_again()
    {
        WriteCorpus();
        _cli.Run("--format", "json", "--reproducible", ".");

        // The first stored part was written without the separator it would now need.
        _cli.Folder.Write("0/first.txt", CleanArticle + "It will meet again.   \n");
        var after = RunFallingBack("--format", "json", "--reproducible", ".");

        Assert.DoesNotContain("(the cached report", after.Error, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "json", "--reproducible", "."), after.Output);
    }

    [Fact]
    public void A_touched_document_with_its_old_content_is_hashed_and_the_report_replayed()
    {
        WriteCorpus();
        WriteNotes();
        var before = _cli.Run("--format", "text", ".");
        var path = _cli.Folder.PathOf("a/two.txt");

        File.WriteAllText(path, File.ReadAllText(path));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        var after = RunReplaying("--format", "text", ".");

        Assert.Equal(before.Output, after.Output);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Touching_more_bytes_than_the_report_holds_stores_the_snapshot_again_with_the_new_stamps(string format)
    {
        WriteCorpus();
        var sentences = Enumerable.Range(1, 4000).Select(i => $"The survey counted {i} herons along the river this spring.");
        var large = _cli.Folder.Write("c/survey.txt", "By Ana Ruiz\n\n" + string.Join(' ', sentences) + "\n");
        var before = _cli.Run("--format", format, "--reproducible", ".");
        Assert.True(new FileInfo(large).Length > new FileInfo(SnapshotFile()).Length, "the document must outweigh the whole snapshot");

        // A fresh checkout: every stamp new, no content changed. The document is hashed once and the snapshot stored
        // again with its new stamp.
        File.SetLastWriteTimeUtc(large, DateTime.UtcNow.AddMinutes(-5));
        var after = RunFallingBack("--format", format, "--reproducible", ".");
        var again = RunReplaying("--format", format, "--reproducible", ".");

        Assert.Equal(before.Output, after.Output);
        Assert.Equal(before.Output, again.Output);
        Assert.DoesNotContain("(the cached report", after.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_rewritten_to_the_same_size_with_other_content_is_linted_again()
    {
        WriteCorpus();
        _cli.Run("--format", "text", ".");
        var path = _cli.Folder.PathOf("a/two.txt");
        var text = File.ReadAllText(path);

        // The same length, one letter less and a trailing space more (an error): only the content hash can tell.
        var rewritten = text.Replace("Officials said", "Official said", StringComparison.Ordinal).Replace("comment.\n", "comment. \n", StringComparison.Ordinal);
        Assert.Equal(text.Length, rewritten.Length);
        File.WriteAllText(path, rewritten);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        var after = RunFallingBack("--format", "text", ".");

        Assert.Contains("a/two.txt(3,", after.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
    }

    [Fact]
    public void A_severity_changed_in_one_folder_is_linted_into_the_stored_report_and_replayed_after()
    {
        WriteCorpus();
        var before = _cli.Run("--format", "text", ".");

        _cli.Folder.Write("b/.editorconfig", "[*]\ndotnet_diagnostic.CL5004.severity = warning\n");
        var after = RunSplicing("--format", "text", ".");

        Assert.Contains("with 1 reconfigured document(s) linted into it", after.Error, StringComparison.Ordinal);
        Assert.Contains("b/five.txt(6,22): error CL5004", before.Output, StringComparison.Ordinal);
        Assert.Contains("b/five.txt(6,22): warning CL5004", after.Output, StringComparison.Ordinal);
        Assert.Contains("a/one.txt(6,22): error CL5004", after.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
        Assert.Equal(Uncached("--format", "text", "."), RunReplaying("--format", "text", ".").Output);
    }

    [Theory]
    [MemberData(nameof(SpliceableFormats))]
    public void A_folder_reconfigured_where_lines_repeat_keeps_their_repetition_findings_byte_for_byte_as_a_run_without_the_cache(string format, string jobs)
    {
        WriteCorpus();
        string[] arguments = ["--format", format, "--jobs", jobs, "--reproducible", "."];
        _cli.Run(arguments);

        // Another rule's severity and CL2012's own: what the folder's documents add to the counts is the same.
        _cli.Folder.Write("a/.editorconfig", "[*]\ndotnet_diagnostic.CL5004.severity = suggestion\ndotnet_diagnostic.CL2012.severity = error\n");
        var reconfigured = RunSplicing(arguments);
        var uncached = _cli.Run(["--no-cache", .. arguments]);

        Assert.Contains("with 5 reconfigured document(s) linted into it", reconfigured.Error, StringComparison.Ordinal);
        Assert.Contains("CL2012", uncached.Output, StringComparison.Ordinal);
        Assert.Equal(Comparable(uncached), Comparable(reconfigured));

        // Edited and reconfigured at once, the footer kept.
        Edit("a/two.txt", text => text + "A line added on review.   \n");
        _cli.Folder.Write("a/.editorconfig", "[*]\ndotnet_diagnostic.CL5004.severity = warning\n");
        var both = RunSplicing(arguments);

        Assert.Contains("with 5 reconfigured document(s) linted into it", both.Error, StringComparison.Ordinal);
        Assert.Equal(Comparable(_cli.Run(["--no-cache", .. arguments])), Comparable(both));
        Assert.Equal(Comparable(_cli.Run(["--no-cache", .. arguments])), Comparable(RunReplaying(arguments)));
    }

    [Theory]
    // Three of folder a's five documents no longer count their lines: the footer is in two, and the other two no longer report it.
    [InlineData("[{one,two,three}.txt]\ndotnet_diagnostic.CL2012.severity = none\n")]
    // Six documents needed in folder a: its five no longer report their footer.
    [InlineData("[*]\ncorpuslint.CL2012.min_documents = 6\n")]
    public void A_change_to_how_CL2012_counts_some_documents_is_reported_by_a_run(string editorconfig)
    {
        WriteCorpus();
        var before = _cli.Run("--format", "text", ".");

        // The snapshot's counts are not this configuration's: no splice.
        _cli.Folder.Write("a/.editorconfig", editorconfig);
        var after = RunFallingBack("--format", "text", ".");

        Assert.Contains("a/four.txt(5,1): warning CL2012", before.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(the cached report", after.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CL2012", after.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
    }

    [Fact]
    public void A_change_to_a_project_rule_is_reported()
    {
        WriteCorpus();
        _cli.Folder.Write("corpuslint.json", ProjectWithRule("Say Tuesday once"));
        _cli.Run("--format", "text", ".");

        _cli.Folder.Write("corpuslint.json", ProjectWithRule("Tuesday, again"));
        var after = RunFallingBack("--format", "text", ".");

        Assert.Contains("Tuesday, again", after.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
    }

    [Fact]
    public void Another_format_severity_or_set_of_paths_is_not_served_by_a_snapshot_of_other_options()
    {
        WriteCorpus();
        string[][] runs = [["--format", "json", "--reproducible", "."], ["--format", "text", "."], ["--format", "text", "--severity", "warning", "."], ["--format", "text", "a"]];
        foreach (var arguments in runs)
        {
            _cli.Run(arguments);
        }

        foreach (var arguments in runs)
        {
            Assert.Equal(Uncached(arguments), RunReplaying(arguments).Output);
        }
    }

    [Fact]
    public void Max_warnings_and_quiet_are_applied_to_a_replayed_report()
    {
        WriteCorpus();
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL5004.severity = warning\n");
        _cli.Run("--format", "text", ".");

        var within = RunReplaying("--format", "text", "--max-warnings", "100", ".");
        var beyond = RunReplaying("--format", "text", "--max-warnings", "0", ".");
        _cli.Run("--format", "text", "--quiet", ".");
        var quiet = RunReplaying("--format", "text", "--quiet", ".");

        Assert.Equal((0, 1), (within.ExitCode, beyond.ExitCode));
        Assert.Equal(Uncached("--format", "text", "--quiet", "."), quiet.Output);
        Assert.Equal(string.Empty, quiet.Error);
    }

    [Fact]
    public void A_truncated_snapshot_is_rebuilt_with_one_warning()
    {
        WriteCorpus();
        _cli.Run("--format", "json", "--reproducible", ".");
        var snapshot = SnapshotFile();
        var bytes = File.ReadAllBytes(snapshot);
        File.WriteAllBytes(snapshot, bytes[..(bytes.Length / 2)]);

        var after = RunFallingBack("--format", "json", "--reproducible", ".");

        Assert.Equal(Uncached("--format", "json", "--reproducible", "."), after.Output);
        Assert.Single(WarningLines(after));
        Assert.Contains("report snapshot was damaged", after.Error, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "json", "--reproducible", "."), RunReplaying("--format", "json", "--reproducible", ".").Output);
    }

    [Fact]
    public void A_snapshot_corrupted_inside_its_report_is_never_shown()
    {
        WriteCorpus();
        _cli.Run("--format", "text", ".");
        var snapshot = SnapshotFile();
        var bytes = File.ReadAllBytes(snapshot);
        var report = System.Text.Encoding.UTF8.GetBytes("CL5004");
        var at = bytes.AsSpan().IndexOf(report);
        bytes[at + 5] = (byte)'9';
        File.WriteAllBytes(snapshot, bytes);

        var after = RunFallingBack("--format", "text", ".");

        Assert.Equal(Uncached("--format", "text", "."), after.Output);
        Assert.DoesNotContain("CL5009", after.Output, StringComparison.Ordinal);
        Assert.Single(WarningLines(after));
    }

    [Fact]
    public void Two_runs_at_once_leave_a_snapshot_that_replays_the_right_report()
    {
        WriteCorpus();
        var expected = Uncached("--format", "text", ".");

        var outputs = new string[4];
        Parallel.For(0, outputs.Length, i => outputs[i] = _cli.Run("--format", "text", "--jobs", "1", ".").Output);
        _cli.Folder.Write("a/one.txt", Article("An edit between two runs.", Footer) + "More.   \n");
        Parallel.For(0, outputs.Length, i => outputs[i] = _cli.Run("--format", "text", "--jobs", "1", ".").Output);

        Assert.All(outputs, output => Assert.Equal(Uncached("--format", "text", "."), output));
        Assert.NotEqual(expected, outputs[0]);
        Assert.Equal(Uncached("--format", "text", "."), RunReplaying("--format", "text", ".").Output);
    }

    [Fact]
    public void A_document_changed_within_the_settle_time_before_the_run_is_hashed_by_every_replay_rather_than_trusted_by_its_stamp()
    {
        using var cli = new CliRunner();
        var path = cli.Folder.Write("a/one.txt", Article("The council met on Tuesday.", Footer));
        cli.Run("--format", "text", ".");
        Assert.Single(Directory.GetFiles(cli.Folder.PathOf(".corpuslint/cache/reports"), "*.bin"));
        var stamp = DocumentFile.Stat(path)!.Value;

        // The same size and modification time, other content: only the content hash can tell.
        File.WriteAllText(path, Article("The council met on Tuesday.", Footer).Replace("Tuesday", "Thursda", StringComparison.Ordinal) + "Spaces.  \n");
        File.WriteAllText(path, File.ReadAllText(path)[..(int)stamp.Length]);
        File.SetLastWriteTimeUtc(path, stamp.LastWriteTimeUtc);
        var after = cli.Run("--format", "text", ".");

        Assert.Equal(cli.Run("--no-cache", "--format", "text", ".").Output, after.Output);
        Assert.Contains("Thursda", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SpliceableFormats))]
    public void An_edited_document_is_linted_into_the_stored_report_byte_for_byte_as_a_run_without_the_cache(string format, string jobs)
    {
        WriteCorpus();
        string[] arguments = ["--format", format, "--jobs", jobs, "--reproducible", "."];
        _cli.Run(arguments);

        Edit("a/two.txt", text => text + "A line added on review.   \n");
        var spliced = RunSplicing(arguments);
        var uncached = _cli.Run(["--no-cache", .. arguments]);

        Assert.Contains("a/two.txt", uncached.Output, StringComparison.Ordinal);
        Assert.Equal(Comparable(uncached), Comparable(spliced));
        Assert.Equal(Comparable(uncached), Comparable(RunReplaying(arguments)));
    }

    [Fact]
    public void A_first_document_that_gains_or_loses_all_its_diagnostics_is_spliced_in_place()
    {
        WriteCorpus();
        _cli.Folder.Write("0/first.txt", CleanArticle);
        var before = _cli.Run("--format", "text", ".");

        Edit("0/first.txt", text => text + "It will meet again.   \n");
        var gained = RunSplicing("--format", "text", ".");
        Assert.Equal(Uncached("--format", "text", "."), gained.Output);
        Edit("0/first.txt", _ => CleanArticle);
        var lost = RunSplicing("--format", "text", ".");

        Assert.DoesNotContain("0/first.txt", before.Output, StringComparison.Ordinal);
        Assert.Contains("0/first.txt", gained.Output, StringComparison.Ordinal);
        Assert.Equal(before.Output, lost.Output);
    }

    [Fact]
    public void A_json_report_whose_first_diagnostics_come_or_go_is_built_again()
    {
        // The part after them would need a separator it was stored without, or lose one it was stored with.
        WriteCorpus();
        _cli.Folder.Write("0/first.txt", CleanArticle);
        var before = _cli.Run("--format", "json", "--reproducible", ".");

        Edit("0/first.txt", text => text + "It will meet again.   \n");
        var gained = RunFallingBack("--format", "json", "--reproducible", ".");
        Assert.Equal(Uncached("--format", "json", "--reproducible", "."), gained.Output);
        Edit("0/first.txt", _ => CleanArticle);
        var lost = RunFallingBack("--format", "json", "--reproducible", ".");

        Assert.Contains("0/first.txt", gained.Output, StringComparison.Ordinal);
        Assert.Equal(before.Output, lost.Output);
        Assert.DoesNotContain("(the cached report", gained.Error + lost.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_edited_again_and_again_are_spliced_each_time()
    {
        WriteCorpus();
        _cli.Run("--format", "json", "--reproducible", "--jobs", "2", ".");

        for (var round = 1; round <= 3; round++)
        {
            Edit("a/two.txt", text => text + $"Update {round} added.   \n");
            Edit("b/five.txt", text => text.Replace("Saturday", round % 2 == 0 ? "Saturday" : "Sunday", StringComparison.Ordinal) + $"Note {round}.\n");
            var spliced = RunSplicing("--format", "json", "--reproducible", "--jobs", "2", ".");

            Assert.Equal(Uncached("--format", "json", "--reproducible", "."), spliced.Output);
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void A_large_report_is_kept_as_stored_and_later_runs_splice_the_documents_edited_since(string format)
    {
        WriteCorpus();
        WriteNotes();
        string[] arguments = ["--format", format, "--reproducible", "--jobs", "2", "."];
        _cli.Run(arguments);
        var stored = SnapshotIdentities();

        for (var round = 1; round <= 3; round++)
        {
            Edit("a/two.txt", text => text + $"Update {round} added.   \n");
            if (round >= 2)
            {
                Edit("b/five.txt", text => text + $"Note {round}.\n");
            }

            var spliced = RunSplicing(arguments);

            Assert.Equal(Comparable(_cli.Run(["--no-cache", .. arguments])), Comparable(spliced));
            Assert.Contains(round == 1 ? "with 1 edited" : "with 2 edited", spliced.Error, StringComparison.Ordinal);
            Assert.Equal(stored, SnapshotIdentities());
        }

        // The edits noted beside the snapshot are what lets a later run take the snapshot's versions out of the counts.
        File.Delete(Assert.Single(Directory.GetFiles(_cli.Folder.PathOf(".corpuslint/cache/reports"), "*.edits")));
        var withoutThem = RunFallingBack(arguments);
        Assert.DoesNotContain("(the cached report", withoutThem.Error, StringComparison.Ordinal);
        Assert.Equal(Uncached(arguments), withoutThem.Output);
    }

    [Fact]
    public void An_edit_that_changes_what_another_document_reports_is_not_spliced()
    {
        WriteCorpus();
        _cli.Folder.Write("a/seven.txt", Article("The park reopened on Monday.", "Reporting by the desk."));
        _cli.Run("--format", "text", ".");

        // A sixth document of folder a with the footer: every other one's CL2012 message counts it.
        Edit("a/seven.txt", text => text.Replace("Reporting by the desk.", Footer, StringComparison.Ordinal));
        var after = RunFallingBack("--format", "text", ".");

        Assert.DoesNotContain("(the cached report", after.Error, StringComparison.Ordinal);
        Assert.Contains("a/one.txt(5,1): warning CL2012: Appears in 6 documents", after.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
    }

    [Fact]
    public void A_sarif_report_with_notifications_replays_them_and_is_built_again_after_an_edit()
    {
        WriteCorpus();
        // Over 4 MiB: linted in windows, which the engine says (CL0003), in SARIF as a notification after the results.
        _cli.Folder.Write("c/long.txt", "By Ana Ruiz\n\n" + string.Concat(Enumerable.Range(1, 130_000).Select(i => $"Survey line {i} counted herons.\n")));
        var stored = _cli.Run("--format", "sarif", ".");
        var replayed = RunReplaying("--format", "sarif", ".");

        Edit("a/two.txt", text => text + "A line added on review.   \n");
        var after = RunFallingBack("--format", "sarif", ".");

        Assert.Contains("toolExecutionNotifications", stored.Output, StringComparison.Ordinal);
        Assert.Equal(stored.Output, replayed.Output);
        Assert.DoesNotContain("(the cached report", after.Error, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "sarif", "."), after.Output);
    }

    [Fact]
    public void A_run_with_a_document_not_linted_stores_no_snapshot()
    {
        WriteCorpus();

        var result = _cli.Run("--format", "text", "--max-document-size", "150", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CL0001", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.Folder.PathOf(".corpuslint/cache/reports")) && Directory.EnumerateFiles(_cli.Folder.PathOf(".corpuslint/cache/reports")).Any());
    }

    [Theory]
    [InlineData("--baseline", "baseline.json", "--update-baseline")]
    [InlineData("--shard", "1/2")]
    [InlineData("--fix")]
    public void Runs_whose_report_depends_on_more_than_the_inputs_store_no_snapshot(params string[] options)
    {
        WriteCorpus();

        _cli.Run([.. options, "."]);

        Assert.False(Directory.Exists(_cli.Folder.PathOf(".corpuslint/cache/reports")));
    }

    public static TheoryData<string, string> SpliceableFormats() => new()
    {
        { "text", "1" }, { "json", "1" }, { "json", "2" }, { "github", "2" }, { "full", "1" }, { "sarif", "1" }, { "sarif", "2" },
    };

    [Fact]
    public void A_pruned_snapshot_takes_the_edits_noted_beside_it_along()
    {
        WriteCorpus();
        WriteNotes();
        string[] kept = ["--format", "json", "--reproducible", "."];
        _cli.Run(kept);
        Edit("a/two.txt", text => text + "Update added.   \n");
        RunSplicing(kept);
        var reports = _cli.Folder.PathOf(".corpuslint/cache/reports");
        Assert.Single(Directory.GetFiles(reports, "*.edits"));

        // Newer snapshots of other options push the kept one out.
        foreach (var format in new[] { "text", "full", "github", "sarif" })
        {
            _cli.Run("--format", format, "--reproducible", ".");
        }

        Assert.Equal(4, Directory.GetFiles(reports, "*.bin").Length);
        Assert.Empty(Directory.GetFiles(reports, "*.edits"));
    }

    /// <summary>An article with nothing to report.</summary>
    private const string CleanArticle = "By Ana Ruiz\nMay 4, 2026\n\nThe council met on Tuesday and approved the plan.\n";

    /// <summary>Rewrites a document and dates it back past the stamp settle time, as an edit committed a while ago.</summary>
    private void Edit(string relativePath, Func<string, string> edit)
    {
        var path = _cli.Folder.PathOf(relativePath);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
    }

    /// <summary>A run that must splice the edited, added and deleted documents into the stored report: it says so.</summary>
    private CliResult RunSplicing(params string[] arguments)
    {
        var result = _cli.Run(arguments);
        Assert.Contains("(the cached report, with ", result.Error, StringComparison.Ordinal);
        return result;
    }

    /// <summary>Five documents of folder a share a footer (CL2012 at its default of 5), and trailing spaces are errors (exit 1).</summary>
    private void WriteCorpus()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL5004.severity = error\n");
        _cli.Folder.Write("a/one.txt", Article("The council met on Tuesday.", Footer) + "It approved the plan.   \n");
        _cli.Folder.Write("a/two.txt", Article("The mayor spoke on Monday.", Footer));
        _cli.Folder.Write("a/three.txt", Article("The river rose on Sunday.", Footer));
        _cli.Folder.Write("a/four.txt", Article("The school opened on Friday.", Footer));
        _cli.Folder.Write("a/six.txt", Article("The bridge closed on Thursday.", Footer));
        _cli.Folder.Write("b/five.txt", Article("A market reopened on Saturday.", "A different ending.") + "Trailing spaces here.   \n");
    }

    /// <summary>A document with 400 findings: the report is then far larger than any one of the others.</summary>
    private void WriteNotes() =>
        _cli.Folder.Write("c/notes.txt", "By Ana Ruiz\n\n" + string.Concat(Enumerable.Range(1, 400).Select(i => $"Note {i} was filed late.   \n")));

    private static string Article(string lead, string footer) =>
        $"By Ana Ruiz\n\n{lead} Officials said more would follow in the coming weeks, and residents were invited to comment.\n\n{footer}\n";

    private static string ProjectWithRule(string message) => $$"""
        {
          "rules": [
            { "id": "ACME001", "kind": "phrase", "phrases": ["on Tuesday"], "message": "{{message}}", "severity": "warning", "category": "Style" }
          ]
        }
        """;

    /// <summary>A run that must replay the snapshot: the snapshot file is the same file after it.</summary>
    private CliResult RunReplaying(params string[] arguments)
    {
        var before = SnapshotIdentities();
        var result = _cli.Run(arguments);
        Assert.True(before.Count > 0, "no snapshot to replay");
        Assert.Equal(before, SnapshotIdentities());
        return result;
    }

    /// <summary>A run that must not replay: it stores a new snapshot (a new file) in place of the old one.</summary>
    private CliResult RunFallingBack(params string[] arguments)
    {
        var before = SnapshotIdentities();
        var result = _cli.Run(arguments);
        Assert.NotEqual(before, SnapshotIdentities());
        return result;
    }

    /// <summary>Each snapshot file's name and inode: a replay leaves them, a run that stores a snapshot renames a new file in.</summary>
    private HashSet<(string, ulong)> SnapshotIdentities()
    {
        var folder = _cli.Folder.PathOf(".corpuslint/cache/reports");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.bin").Select(f => (Path.GetFileName(f), DocumentFile.Stat(f)!.Value.FileId))]
            : [];
    }

    private string SnapshotFile() => Assert.Single(Directory.GetFiles(_cli.Folder.PathOf(".corpuslint/cache/reports"), "*.bin"));

    private string Uncached(params string[] arguments) => _cli.Run(["--no-cache", .. arguments]).Output;

    /// <summary>Exit code, report and standard error, without what differs between any two runs: time, speed, and whether the cache served them.</summary>
    private static (int, string, string) Comparable(CliResult result) =>
        (result.ExitCode, result.Output, SplicedNote().Replace(FromCache().Replace(ElapsedInSummary().Replace(result.Error, "in T"), string.Empty), string.Empty));

    private static string WithoutElapsed(string json) => ElapsedInJson().Replace(json, "\"elapsedMs\": 0");

    private static string[] WarningLines(CliResult result) => [.. result.Error.Split('\n').Where(l => l.StartsWith("warning:", StringComparison.Ordinal))];

    [GeneratedRegex(@"in [0-9.]+ s \([0-9.]+ MB/s\)")]
    private static partial Regex ElapsedInSummary();

    [GeneratedRegex(", [0-9]+ from cache")]
    private static partial Regex FromCache();

    [GeneratedRegex(@" \(the cached report, with [^\n]*\)(?=\n)")]
    private static partial Regex SplicedNote();

    [GeneratedRegex(@"""elapsedMs"": [0-9]+")]
    private static partial Regex ElapsedInJson();
}
