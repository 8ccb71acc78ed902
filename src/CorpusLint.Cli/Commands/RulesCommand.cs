using System.CommandLine;
using CorpusLint.Rules;
using Spectre.Console;

namespace CorpusLint.Cli.Commands;

/// <summary><c>corpuslint rules</c>: the rule table (text) or the README's Markdown table.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var category = new Option<string?>("--category", "-c") { Description = "Only rules of this category (Attribution, Boilerplate, Dates, Quotes, Hygiene)" };
        var format = new Option<string>("--format", "-f") { Description = "text or markdown", DefaultValueFactory = _ => "text" };
        var command = new Command("rules", "List the rules (the project's too): ID, name, category, default severity, fix") { category, format };
        var projectOptions = new ProjectOptions();
        projectOptions.AddTo(command);
        command.SetAction(parse =>
        {
            using var project = projectOptions.Open(parse, console, []);
            var selected = project.Rules
                .Where(r => parse.GetValue(category) is not { } c || r.Descriptor.Category.Equals(c, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (selected.Count == 0)
            {
                throw new UsageException($"no rules in category '{parse.GetValue(category)}'");
            }

            switch (parse.GetValue(format)!.ToLowerInvariant())
            {
                case "markdown":
                    console.Output.Write(RuleTable.ToMarkdown(selected));
                    break;
                case "text":
                    WriteTable(console.Output, selected);
                    break;
                default:
                    throw new UsageException($"--format: unknown format '{parse.GetValue(format)}' (expected text or markdown)");
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<CorpusLint.Rules.Rule> rules)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("ID", "Name", "Category", "Default severity", "Fix");
        foreach (var rule in rules)
        {
            table.AddRow(rule.Id, rule.Name, rule.Descriptor.Category, rule.DefaultSeverity.ToWord(), RuleTable.FixWord(rule.FixKind));
        }

        PlainTable.Write(output, table);
    }
}
