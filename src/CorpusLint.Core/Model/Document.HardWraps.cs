namespace CorpusLint.Model;

public sealed partial class Document
{
    private HardWraps? _hardWraps;
    private bool _hardWrapsFound;

    /// <summary>Where a hard-wrapped text broke its paragraphs across lines, or null when it is not hard-wrapped.</summary>
    public HardWraps? HardWraps
    {
        get
        {
            if (!_hardWrapsFound)
            {
                _hardWraps = Model.HardWraps.Find(this);
                _hardWrapsFound = true;
            }

            return _hardWraps;
        }
    }
}
