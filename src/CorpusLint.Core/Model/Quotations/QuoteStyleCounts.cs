namespace CorpusLint.Model;

/// <summary>How many marks of each style a document has (marks of role <see cref="QuoteRole.Other"/> do not count).</summary>
/// <param name="Straight">Straight quotation marks and apostrophes.</param>
/// <param name="Typographic">Curly and low quotation marks and apostrophes.</param>
/// <param name="GuillemetQuotes">Guillemets used as quotation marks.</param>
/// <param name="OtherQuotes">Straight and typographic quotation marks (apostrophes excluded).</param>
/// <param name="StraightQuotes">Straight quotation marks (apostrophes excluded).</param>
/// <param name="TypographicQuotes">Typographic quotation marks (apostrophes excluded).</param>
public readonly record struct QuoteStyleCounts(int Straight, int Typographic, int GuillemetQuotes, int OtherQuotes, int StraightQuotes, int TypographicQuotes)
{
    /// <summary>The smaller of the straight and typographic counts: 0 when the document uses one of them only.</summary>
    public int StraightTypographicMinority => Math.Min(Straight, Typographic);

    /// <summary>The smaller of the guillemet and other quotation-mark counts.</summary>
    public int GuillemetMinority => Math.Min(GuillemetQuotes, OtherQuotes);

    public static QuoteStyleCounts Count(IReadOnlyList<QuoteMark> marks)
    {
        int straight = 0, typographic = 0, guillemets = 0, others = 0, straightQuotes = 0, typographicQuotes = 0;
        foreach (var mark in marks)
        {
            if (!mark.CountsForStyle)
            {
                continue;
            }

            switch (mark.Style)
            {
                case QuoteStyle.Straight:
                    straight++;
                    break;
                case QuoteStyle.Typographic:
                    typographic++;
                    break;
            }

            if (!mark.IsApostrophe)
            {
                _ = mark.Style == QuoteStyle.Guillemet ? guillemets++ : others++;
                straightQuotes += mark.Style == QuoteStyle.Straight ? 1 : 0;
                typographicQuotes += mark.Style == QuoteStyle.Typographic ? 1 : 0;
            }
        }

        return new QuoteStyleCounts(straight, typographic, guillemets, others, straightQuotes, typographicQuotes);
    }
}
