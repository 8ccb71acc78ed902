using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules;

/// <summary>
/// A rule: one <see cref="DiagnosticDescriptor"/> and an analysis that reads the shared document model.
/// Rules are stateless and may run on many documents at once; per-document state lives in locals.
/// Name a rule class <c>CL&lt;ID&gt;&lt;Name&gt;</c> and keep its doc page <c>CL&lt;ID&gt;.md</c> beside it.
/// </summary>
public abstract class Rule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    /// <summary>The PascalCase name, taken from the class name after its ID (<c>CL4001UnclosedQuote</c> → <c>UnclosedQuote</c>).</summary>
    public virtual string Name => GetType().Name is { Length: > 6 } name && name.StartsWith(Id, StringComparison.Ordinal) ? name[Id.Length..] : GetType().Name;

    /// <summary>The severity without configuration: <see cref="Severity.None"/> for a rule that is off until turned on.</summary>
    public Severity DefaultSeverity => Descriptor.IsEnabledByDefault ? Descriptor.DefaultSeverity.ToSeverity() : Severity.None;

    public virtual FixKind FixKind => FixKind.None;

    /// <summary>Options the rule reads (<c>corpuslint.&lt;ID&gt;.&lt;option&gt;</c>).</summary>
    public virtual IReadOnlyList<RuleOption> Options => [];

    /// <summary>Bumped when the rule's behaviour changes, so cached results from older versions are not reused.</summary>
    public virtual int Version => 1;

    /// <summary>Whether the rule runs on documents detected as binary (which are otherwise skipped).</summary>
    public virtual bool AnalyzesBinaryDocuments => false;

    /// <summary>
    /// Whether a finding depends on the whole document: something missing from all of it, a repetition, a majority
    /// style. Such rules are skipped on documents too large to lint whole, which are linted in windows.
    /// </summary>
    public virtual bool NeedsWholeDocument => false;

    public abstract void Analyze(RuleContext context);
}
