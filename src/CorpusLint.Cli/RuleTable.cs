using System.Text;
using CorpusLint.Rules;

namespace CorpusLint.Cli;

/// <summary>The rule index as the README prints it, generated from the rules' own descriptors.</summary>
public static class RuleTable
{
    public static string FixWord(FixKind kind) => kind switch
    {
        FixKind.Safe => "safe",
        FixKind.Unsafe => "unsafe",
        _ => "",
    };

    public static string ToMarkdown(IEnumerable<Rule> rules)
    {
        var text = new StringBuilder();
        text.AppendLine("| ID | Name | Category | Default severity | Fix | Finds |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var rule in rules)
        {
            var docPath = $"rules/{rule.Descriptor.Category}/{rule.Id}.md";
            text.AppendLine($"| [{rule.Id}]({docPath}) | {rule.Name} | {rule.Descriptor.Category} | {rule.DefaultSeverity.ToWord()} | {FixWord(rule.FixKind)} | {rule.Descriptor.Title} |");
        }

        return text.ToString();
    }
}
