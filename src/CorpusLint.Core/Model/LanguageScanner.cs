using CorpusLint.Language;

namespace CorpusLint.Model;

/// <summary>Finds the script and stop-word language of each paragraph, and of the document from their sum.</summary>
internal static class LanguageScanner
{
    /// <summary>
    /// Dense characters (Chinese, Japanese, Korean) must be more than this share of the non-space text for the document
    /// to be in that script: its English menu items would otherwise pass for the language of the article.
    /// </summary>
    private const double DenseScriptShare = 1.0 / 3;

    public static DocumentLanguages Scan(Document document)
    {
        var text = document.Text;
        var count = LanguageProfiles.Count;
        var total = new double[count];
        var totalCounts = new int[count];
        Span<int> totalLetters = stackalloc int[Scripts.Count];
        var totalWords = 0;
        var paragraphs = new TextLanguage[document.Paragraphs.Count];
        Span<int> letters = stackalloc int[Scripts.Count];
        foreach (var paragraph in document.Paragraphs)
        {
            var span = text.AsSpan(paragraph.Start, paragraph.Length);
            letters.Clear();
            foreach (var c in span)
            {
                letters[(int)Scripts.Of(c)]++;
            }

            var words = document.GetWords(paragraph);
            var scores = new double[count];
            var counts = new int[count];
            LanguageProfiles.Score(text, words, 0, scores, counts);
            paragraphs[paragraph.Index] = new TextLanguage(DominantScript(letters, span), words.Length, scores, counts);

            for (var i = 0; i < count; i++)
            {
                total[i] += scores[i];
                totalCounts[i] += counts[i];
            }

            for (var i = 0; i < Scripts.Count; i++)
            {
                totalLetters[i] += letters[i];
            }

            totalWords += words.Length;
        }

        var script = DominantScript(totalLetters, text);
        return new DocumentLanguages(new TextLanguage(script, totalWords, total, totalCounts), paragraphs);
    }

    /// <summary>The script of most letters; Chinese, Japanese or Korean once their characters pass <see cref="DenseScriptShare"/> of the text.</summary>
    private static Script DominantScript(ReadOnlySpan<int> letters, ReadOnlySpan<char> text)
    {
        var dense = letters[(int)Script.Cjk] + letters[(int)Script.Hangul];
        if (dense > 0 && dense > DenseScriptShare * (text.Length - CountWhiteSpace(text)))
        {
            return letters[(int)Script.Cjk] >= letters[(int)Script.Hangul] ? Script.Cjk : Script.Hangul;
        }

        var best = Script.None;
        for (var i = 1; i < letters.Length; i++)
        {
            if (letters[i] > letters[(int)best])
            {
                best = (Script)i;
            }
        }

        return best;
    }

    private static int CountWhiteSpace(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 1 : 0;
        }

        return count;
    }
}
