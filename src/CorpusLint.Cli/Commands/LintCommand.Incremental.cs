using System.CommandLine;
using CorpusLint.Caching;
using CorpusLint.Engine;
using CorpusLint.Project;
using CorpusLint.Reporting;

namespace CorpusLint.Cli.Commands;

/// <summary>Incremental scanning (SPEC §8): the result cache (<c>--no-cache</c>; <c>--cache-dir</c> is a project option) and <c>--changed-since</c>.</summary>
internal sealed partial class LintCommand
{
    private readonly Option<bool> _noCache = new("--no-cache")
    {
        Description = "Lint every document, reading and writing no cached results (compiled C# rules are still cached)",
    };

    private readonly Option<string?> _changedSince = new("--changed-since")
    {
        Description = "Lint only the documents git reports as added, modified or renamed since this ref (and untracked ones)",
    };

    private void AttachIncrementalOptions(Command command)
    {
        command.Add(_noCache);
        command.Add(_changedSince);
    }

    /// <summary>The key of this run's result cache, or null with <c>--no-cache</c> and for standard input (which has no stamp to key on).</summary>
    private CacheKey? CacheKeyOf(ParseResult parse, ProjectRun project, IDocumentSummarizer? summarizer, DocumentLimits limits, bool readsStandardInput) =>
        parse.GetValue(_noCache) || readsStandardInput ? null : CacheKey.Create(project.Rules, project.RuleSet.Fingerprint, summarizer, limits);

    /// <summary>The documents among <paramref name="paths"/> that changed since <c>--changed-since</c>'s ref, in walk order; null without the option.</summary>
    private IEnumerable<DocumentInput>? ChangedDocuments(ParseResult parse, DocumentDiscovery discovery, string[] paths)
    {
        if (parse.GetValue(_changedSince) is not { } reference)
        {
            return null;
        }

        if (reference.Length == 0)
        {
            throw new UsageException("--changed-since: expected a git ref (a branch, tag or commit), got an empty string");
        }

        try
        {
            // git is asked in the repository of each linted path, not the working folder's: `lint /archive` run from
            // another checkout must list the archive's changes, not that checkout's (which selected nothing).
            var folders = paths.Select(path => Path.GetFullPath(path, _console.WorkingDirectory))
                .Select(full => Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full);
            return GitChanges.Since(folders, reference)
                .Distinct(StringComparer.Ordinal)
                .Where(path => File.Exists(path) && discovery.Selects(paths, path))
                .Select(discovery.Input)
                .OrderBy(input => input.DisplayPath, StringComparer.Ordinal)
                .ToList();
        }
        catch (GitChangesException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Prints the cache's warnings (damaged, foreign or unwritable) and a damaged report snapshot's, one line each, after the report.</summary>
    private void ReportCache(ResultCache? cache, SnapshotPlan? snapshot)
    {
        foreach (var warning in (cache?.Warnings ?? []).Append(snapshot?.Warning).OfType<string>())
        {
            _console.Error.WriteLine(TerminalText.Escape(warning));
        }
    }
}
