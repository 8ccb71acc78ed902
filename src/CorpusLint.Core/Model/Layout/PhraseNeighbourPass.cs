using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// A long line with a strong phrase ("... our commenters ...") between two boilerplate lines is boilerplate too, however
/// much it reads like prose: its neighbours tell its place.
/// </summary>
internal static class PhraseNeighbourPass
{
    public static void Run(LayoutState state, LineLayout[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Class != LineClass.Body || state.Features[i].Phrase is not { Strength: PhraseStrength.Strong } phrase
                || phrase.Category == PhraseCategory.Caption)
            {
                continue;
            }

            // Pictures sit between paragraphs of articles too: they tell nothing of a line's place.
            var previous = i - 1;
            while (previous >= 0 && lines[previous].Class is LineClass.Blank or LineClass.Caption)
            {
                previous--;
            }

            var next = i + 1;
            while (next < lines.Length && lines[next].Class is LineClass.Blank or LineClass.Caption)
            {
                next++;
            }

            if (previous >= 0 && next < lines.Length && !lines[previous].IsArticle && !lines[next].IsArticle)
            {
                lines[i] = lines[i] with { Class = LineClassifier.ClassOf(phrase.Category), Reason = LayoutReason.PhraseAmongBoilerplate };
            }
        }
    }
}
