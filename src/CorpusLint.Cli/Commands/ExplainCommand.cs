using System.CommandLine;
using CorpusLint.Rules;

namespace CorpusLint.Cli.Commands;

/// <summary><c>corpuslint explain CL4001</c>: prints the rule's doc page.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "A rule ID such as CL4001" };
        var command = new Command("explain", "Print a rule's documentation page (for a project rule: what the project says about it)") { id };
        var projectOptions = new ProjectOptions();
        projectOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var ruleId = parse.GetValue(id)!;
            if (BuiltInRules.Find(ruleId) is null)
            {
                using var project = projectOptions.Open(parse, console, []);
                var projectRule = project.RuleSet.ProjectRules.FirstOrDefault(r => r.Id.Equals(ruleId, StringComparison.OrdinalIgnoreCase))
                    ?? throw new UsageException($"unknown rule '{ruleId}' (see `corpuslint rules`)");
                console.Output.Write(ProjectRulePage.Render(projectRule, project, console.WorkingDirectory));
                return ExitCodes.Clean;
            }

            var rule = BuiltInRules.Find(ruleId)!;
            var page = RuleDocumentation.GetPage(rule.Id) ?? throw new UsageException($"{rule.Id} has no documentation page");
            console.Output.Write(page);
            return ExitCodes.Clean;
        });
        return command;
    }
}
