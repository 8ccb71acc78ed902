using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// What one line shows on its own, measured once by <see cref="LineFeatureReader"/> and never changed by a pass:
/// its size, its share of links and stop words, its sentences, its boilerplate phrase and signals, and its
/// jusText-like prose class.
/// </summary>
internal readonly record struct LineFeatures
{
    public bool Blank { get; init; }

    /// <summary>Characters without surrounding whitespace.</summary>
    public int Length { get; init; }

    /// <summary>The length as prose counts it: a Chinese, Japanese or Korean character counts twice.</summary>
    public int Weight { get; init; }

    public int Words { get; init; }

    public double LinkDensity { get; init; }

    /// <summary>Share of the words that are stop words of the document's language (0 when it has none).</summary>
    public double StopShare { get; init; }

    /// <summary>Sentences (by <see cref="SentenceRule"/>) that end on this line.</summary>
    public int SentenceMarks { get; init; }

    /// <summary>Of <see cref="SentenceMarks"/>, the sentences that end with a full stop: statements, which a headline does not make.</summary>
    public int FullStops { get; init; }

    /// <summary>Commas on the line: a long line of comma-separated items is near-prose (a list of names, a recipe's ingredients).</summary>
    public int Commas { get; init; }

    public LineSignals Signals { get; init; }

    /// <summary>The line as the phrase table and the duplicate finder compare it (<see cref="BoilerplatePhrases.Normalize(ReadOnlySpan{char})"/>).</summary>
    public NormalizedText Normalized { get; init; }

    public PhraseMatch? Phrase { get; init; }

    public ProseClass Prose { get; init; }

    public bool Has(LineSignals signal) => (Signals & signal) != 0;

    public bool EndsSentence => Has(LineSignals.EndsSentence);

    public bool EndsWithColon => Has(LineSignals.EndsWithColon);

    public bool ListItem => Has(LineSignals.ListItem);

    public bool LinkOnly => Has(LineSignals.LinkOnly);

    public bool HasDigit => Has(LineSignals.HasDigit);

    public bool IsMenuItem => Has(LineSignals.MenuItem);

    public bool Separated => Has(LineSignals.Separated);

    public bool IsCaption => Has(LineSignals.Caption);

    public bool IsFormField => Has(LineSignals.FormField);

    public bool IsSocialUrl => Has(LineSignals.SocialUrl);

    public bool IsPostSignature => Has(LineSignals.PostSignature);

    public bool IsTeaserLink => Has(LineSignals.TeaserLink);

    public bool IsMasthead => Has(LineSignals.Masthead);

    public bool IsStamp => Has(LineSignals.Stamp);

    public bool IsTimeStamp => Has(LineSignals.TimeStamp);

    public bool IsBylineOrDateline => Has(LineSignals.BylineOrDateline);

    public bool IsCredit => Has(LineSignals.Credit);

    public bool PhraseCountsAlone => Has(LineSignals.PhraseCountsAlone);

    public bool IsHeadlineItem => Has(LineSignals.HeadlineItem);

    public bool IsSectionLabel => Has(LineSignals.SectionLabel);

    /// <summary>Preformatted text (code, a table) or a decoration line: neither prose nor chrome, it says nothing of where the article is.</summary>
    public bool IsNeutral => Has(LineSignals.Preformatted) || Has(LineSignals.Decoration);

    /// <summary>Prose or near-prose on its own.</summary>
    public bool IsProse => Prose is ProseClass.Good or ProseClass.NearGood;
}
