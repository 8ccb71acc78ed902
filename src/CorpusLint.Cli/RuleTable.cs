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
            // Built-in rules link to their page in this repository; a project rule to its helpUri, if it has one.
            var link = BuiltInRules.Find(rule.Id) is not null ? $"rules/{rule.Descriptor.Category}/{rule.Id}.md" : rule.Descriptor.HelpLinkUri;
            var id = link.Length > 0 ? $"[{rule.Id}]({link})" : rule.Id;
            text.AppendLine($"| {id} | {rule.Name} | {rule.Descriptor.Category} | {rule.DefaultSeverity.ToWord()} | {FixWord(rule.FixKind)} | {rule.Descriptor.Title} |");
        }

        return text.ToString();
    }
}
