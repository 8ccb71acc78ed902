using System.Text;
using CorpusLint.Project;
using CorpusLint.Rules;

namespace CorpusLint.Cli;

/// <summary>What <c>corpuslint explain</c> prints for a project rule, which has no page of its own: what the project says about it.</summary>
internal static class ProjectRulePage
{
    public static string Render(Rule rule, ProjectRun project, string workingDirectory)
    {
        var projectFile = ProjectPaths.Display(workingDirectory, project.Project.FilePath ?? CorpusProject.FileName);
        var page = new StringBuilder();
        page.AppendLine($"# {rule.Id}: {rule.Name}");
        page.AppendLine();
        page.AppendLine("| ID | Category | Default severity | Fix |");
        page.AppendLine("|---|---|---|---|");
        page.AppendLine($"| {rule.Id} | {rule.Descriptor.Category} | {rule.DefaultSeverity.ToWord()} | {RuleTable.FixWord(rule.FixKind)} |");
        page.AppendLine();
        page.AppendLine(rule.Descriptor.Description.ToString() is { Length: > 0 } description ? description : rule.Descriptor.Title.ToString());
        page.AppendLine();
        switch (rule)
        {
            case PhraseRule phrase:
                page.AppendLine($"A phrase rule of {projectFile}, scope {Word(phrase.Settings.Scope)}, phrases:");
                foreach (var text in phrase.Phrases)
                {
                    page.AppendLine($"- {text}");
                }

                break;
            case RegexRule regex:
                page.AppendLine($"A regex rule of {projectFile}, scope {Word(regex.Settings.Scope)}, pattern: `{regex.Pattern}`");
                break;
            default:
                page.AppendLine($"A C# rule of the project: {project.RuleSet.SourceOf(rule, workingDirectory)}");
                break;
        }

        if (rule.Descriptor.HelpLinkUri is { Length: > 0 } help)
        {
            page.AppendLine();
            page.AppendLine($"More: {help}");
        }

        return page.ToString();
    }

    private static string Word(RuleScope scope) => scope == RuleScope.Line ? "line" : "inline";
}
