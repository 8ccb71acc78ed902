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

    /// <summary>'A' to 'z' (the letters and the six marks between them), as <see cref="CountLetters"/> has always tested.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiLetterRange = Text.CharacterSets.Where(c => c is >= 'A' and <= 'z');

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
        var allWords = (Word[])document.Words;
        var listed = new ushort[allWords.Length];
        var next = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            var span = text.AsSpan(paragraph.Start, paragraph.Length);
            CountLetters(span, letters);

            // Each word is looked up once: its mask serves the paragraph's scores here and every line's stop-word share later.
            var first = next;
            while (first < allWords.Length && allWords[first].Start < paragraph.Start)
            {
                first++;
            }

            next = first;
            var scores = new double[count];
            var counts = new int[count];
            for (; next < allWords.Length && allWords[next].Start < paragraph.End; next++)
            {
                var word = text.AsSpan(allWords[next].Start, allWords[next].Length);
                var mask = LanguageProfiles.ListedMask(word);
                listed[next] = (ushort)mask;
                for (var language = 0; mask != 0 && language < count; language++)
                {
                    counts[language] += (mask >> language) & 1;
                }

                if (LanguageProfiles.ScoredMask(word, mask) is var scored and not 0)
                {
                    LanguageProfiles.AddScore(scored, scores);
                }
            }

            var words = next - first;
            paragraphs[paragraph.Index] = new TextLanguage(DominantScript(letters, span), words, scores, counts);

            for (var i = 0; i < count; i++)
            {
                total[i] += scores[i];
                totalCounts[i] += counts[i];
            }

            for (var i = 0; i < Scripts.Count; i++)
            {
                totalLetters[i] += letters[i];
            }

            totalWords += words;
        }

        var script = DominantScript(totalLetters, text);
        return new DocumentLanguages(document, new TextLanguage(script, totalWords, total, totalCounts), paragraphs, listed);
    }

    /// <summary>
    /// Letters of each script in <paramref name="span"/>. An ASCII paragraph (most of an English archive) is found in one
    /// vectorized pass and counted as Latin by its length: only which script dominates matters, not the exact count.
    /// </summary>
    private static void CountLetters(ReadOnlySpan<char> span, Span<int> letters)
    {
        letters.Clear();
        if (System.Text.Ascii.IsValid(span))
        {
            letters[(int)Script.Latin] = span.ContainsAny(AsciiLetterRange) ? span.Length : 0;
            return;
        }

        foreach (var c in span)
        {
            letters[(int)Scripts.Of(c)]++;
        }
    }

    /// <summary>The script of most letters; Chinese, Japanese or Korean once their characters pass <see cref="DenseScriptShare"/> of the text.</summary>
    private static Script DominantScript(ReadOnlySpan<int> letters, ReadOnlySpan<char> text)
    {
        var dense = letters[(int)Script.Cjk] + letters[(int)Script.Hangul];
        if (dense > 0 && dense > DenseScriptShare * (text.Length - CountWhiteSpace(text)))
        {
            return letters[(int)Script.Cjk] >= letters[(int)Script.Hangul] ? Script.Cjk : Script.Hangul;
        }

        // Slot 0 counts what is no letter at all (digits, punctuation, spaces): it never dominates.
        var best = Script.None;
        var most = 0;
        for (var i = 1; i < letters.Length; i++)
        {
            if (letters[i] > most)
            {
                best = (Script)i;
                most = letters[i];
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
