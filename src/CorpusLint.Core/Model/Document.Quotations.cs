using CorpusLint.Engine.Timing;
namespace CorpusLint.Model;

public sealed partial class Document
{
    private QuotationSet? _quotations;

    /// <summary>
    /// Quotation marks (with their roles: opening, closing, apostrophe), the quotations they make, stray
    /// closing marks and multi-paragraph continuations. Built on first use by <see cref="QuotationScanner"/>.
    /// </summary>
    public QuotationSet Quotations => _quotations ??= Build(TimedParts.Quotations, static d => QuotationScanner.Scan(d));
}
