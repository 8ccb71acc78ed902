using CorpusLint.Model;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Project;

/// <summary>Where a declarative rule looks: anywhere in a line, or only at lines that hold nothing else.</summary>
public enum RuleScope
{
    /// <summary>A match anywhere in a line; the diagnostic covers the match.</summary>
    Inline,

    /// <summary>A line that holds the phrase or pattern and nothing else; the diagnostic covers the line.</summary>
    Line,
}

/// <summary>The fix a declarative rule offers.</summary>
public enum DeclarativeFix
{
    None,

    /// <summary>Deletes the line with its line break (unsafe: it deletes text).</summary>
    DeleteLine,

    /// <summary>Replaces the match with <see cref="DeclarativeRuleSettings.Replacement"/> (unsafe when that is empty).</summary>
    Replace,
}

/// <summary>What every declarative rule of <c>corpuslint.json</c> has, whatever its kind.</summary>
public sealed record DeclarativeRuleSettings(
    string Id,
    string Name,
    string Message,
    string Category,
    Severity Severity,
    string Description,
    string HelpUri,
    RuleScope Scope,
    bool CaseSensitive,
    DeclarativeFix Fix,
    string Replacement);

/// <summary>
/// A rule declared in <c>corpuslint.json</c> rather than written in C#: it checks each line of a document and
/// reports the project's message. Like every rule, its severity can be set per folder in <c>.editorconfig</c>.
/// </summary>
public abstract class DeclarativeRule : Rule
{
    protected DeclarativeRule(DeclarativeRuleSettings settings)
    {
        Settings = settings;
        Descriptor = new DiagnosticDescriptor(
            settings.Id,
            settings.Message,
            settings.Message,
            settings.Category,
            settings.Severity.ToDiagnosticSeverity(),
            isEnabledByDefault: settings.Severity != Severity.None,
            description: settings.Description,
            helpLinkUri: settings.HelpUri);
    }

    public DeclarativeRuleSettings Settings { get; }

    public override DiagnosticDescriptor Descriptor { get; }

    public override string Name => Settings.Name;

    public override FixKind FixKind => Settings.Fix switch
    {
        DeclarativeFix.DeleteLine => FixKind.Unsafe,
        DeclarativeFix.Replace => Settings.Replacement.Length == 0 ? FixKind.Unsafe : FixKind.Safe,
        _ => FixKind.None,
    };

    public sealed override void Analyze(RuleContext context)
    {
        var document = context.Document;
        foreach (var line in document.Lines)
        {
            if (!line.IsBlank)
            {
                AnalyzeLine(context, line, document.GetText(line));
            }
        }
    }

    /// <summary>Finds the rule's matches in one line (<paramref name="text"/>) and reports each with <see cref="ReportMatch"/>.</summary>
    protected abstract void AnalyzeLine(RuleContext context, Line line, ReadOnlySpan<char> text);

    /// <summary>
    /// Reports a match at <paramref name="start"/> (relative to the line) with its fix; <paramref name="replacement"/>
    /// is the text a <c>replace</c> fix puts in its place.
    /// </summary>
    protected void ReportMatch(RuleContext context, Line line, int start, int length, string replacement)
    {
        var match = new TextSpan(line.Start + start, length);
        var span = Settings.Scope == RuleScope.Line ? new TextSpan(line.Start, line.Length) : match;
        Fix? fix = Settings.Fix switch
        {
            DeclarativeFix.DeleteLine => Rules.Fix.Unsafe("Delete the line", TextEdit.Delete(new TextSpan(line.Start, line.Length + line.TerminatorLength))),
            DeclarativeFix.Replace when FixKind == FixKind.Safe => Rules.Fix.Safe($"Replace with '{replacement}'", new TextEdit(match, replacement)),
            DeclarativeFix.Replace => Rules.Fix.Unsafe("Delete the match", new TextEdit(match, replacement)),
            _ => null,
        };
        context.Report(span, fix);
    }
}
