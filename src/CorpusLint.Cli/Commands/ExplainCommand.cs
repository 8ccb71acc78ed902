using System.CommandLine;
using CorpusLint.Rules;

namespace CorpusLint.Cli.Commands;

/// <summary><c>corpuslint explain CL4001</c>: prints the rule's doc page.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "A rule ID such as CL4001" };
        var command = new Command("explain", "Print a rule's documentation page") { id };
        command.SetAction(parse =>
        {
            var ruleId = parse.GetValue(id)!;
            var rule = BuiltInRules.Find(ruleId) ?? throw new UsageException($"unknown rule '{ruleId}' (see `corpuslint rules`)");
            var page = RuleDocumentation.GetPage(rule.Id) ?? throw new UsageException($"{rule.Id} has no documentation page");
            console.Output.Write(page);
            return ExitCodes.Clean;
        });
        return command;
    }
}
