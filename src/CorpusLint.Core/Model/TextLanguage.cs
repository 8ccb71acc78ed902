using CorpusLint.Language;

namespace CorpusLint.Model;

/// <summary>
/// The script and language of a paragraph or of the whole document, by the stop-word profiles of
/// <see cref="LanguageProfiles"/>: the one measure the layout, CL1004 and CL5008 share.
/// </summary>
public sealed class TextLanguage
{
    /// <summary>Fewer words than this are too few to tell a language by (a name, a title, a short quote).</summary>
    public const int MinWords = 12;

    /// <summary>Share of the words that running text has of its language's stop words (jusText's stop-word density): a list of names has fewer.</summary>
    public const double MinStopWordShare = 0.12;

    /// <summary>Stop-word weight a language needs before it is named at all (a few shared words prove nothing).</summary>
    public const double MinScore = 3;

    /// <summary>How many times the weight of another language a language must have for the text to be clearly not that one.</summary>
    public const double Dominance = 2.5;

    /// <summary>Weight, per word, of the stop words of a language a passage must have to be called clearly in it.</summary>
    public const double MinForeignWeight = 0.15;

    private readonly double[] _scores;
    private readonly int[] _counts;

    internal TextLanguage(Script script, int words, double[] scores, int[] counts)
    {
        Script = script;
        Words = words;
        _scores = scores;
        _counts = counts;
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            best = scores[i] > scores[best] ? i : best;
        }

        Best = LanguageProfiles.All[best];
        BestScore = scores[best];
        Language = script is Script.Latin or Script.Cyrillic or Script.Greek && BestScore >= MinScore && StopWordShare(Best) >= MinStopWordShare
            ? Best
            : null;
    }

    /// <summary>The script most of the letters are written in.</summary>
    public Script Script { get; }

    public int Words { get; }

    /// <summary>The language, when its stop words make it plain; null for other scripts, lists, names and short text.</summary>
    public LanguageProfile? Language { get; }

    /// <summary>The profile with the highest stop-word weight, named or not.</summary>
    public LanguageProfile Best { get; }

    public double BestScore { get; }

    /// <summary>The stop-word weight of <paramref name="language"/> (a word shared by several languages counts a share to each).</summary>
    public double ScoreOf(LanguageProfile language) => _scores[language.Index];

    /// <summary>Share of the words that are in <paramref name="language"/>'s stop-word list.</summary>
    public double StopWordShare(LanguageProfile language) => Words == 0 ? 0 : (double)_counts[language.Index] / Words;

    /// <summary>True when the text may be running text in <paramref name="language"/>: too short to tell, or with its share of that language's stop words.</summary>
    public bool ReadsAs(LanguageProfile language) => Words < MinWords || StopWordShare(language) >= MinStopWordShare;

    /// <summary>
    /// True when the text is plainly in a language other than <paramref name="language"/>: enough stop words of its own
    /// language, and far more than of <paramref name="language"/> (an Italian bio under an English article).
    /// </summary>
    public bool IsClearlyOtherThan(LanguageProfile language) =>
        Best.Index != language.Index && BestScore >= MinScore && BestScore >= MinForeignWeight * Words
        && BestScore >= Dominance * ScoreOf(language) + 1;
}
