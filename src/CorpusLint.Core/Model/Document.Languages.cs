using CorpusLint.Engine.Timing;
namespace CorpusLint.Model;

public sealed partial class Document
{
    private DocumentLanguages? _languages;

    /// <summary>The script and language of the document and of each paragraph (see <see cref="DocumentLanguages"/>).</summary>
    public DocumentLanguages Languages => _languages ??= Build(TimedParts.Languages, static d => LanguageScanner.Scan(d));
}
