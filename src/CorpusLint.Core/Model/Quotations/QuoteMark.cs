namespace CorpusLint.Model;

/// <summary>What a quotation-mark character does where it stands.</summary>
public enum QuoteRole : byte
{
    /// <summary>Opens a quotation (“ „ « ‘ and straight quotes after a space).</summary>
    Opening,

    /// <summary>Closes a quotation, or would if one were open (then it is in <see cref="QuotationSet.UnopenedClosings"/>).</summary>
    Closing,

    /// <summary>An apostrophe (Putin’s, don’t, ’90s, rock ’n’ roll, students’): never opens or closes a quotation.</summary>
    Apostrophe,

    /// <summary>Not a quotation mark: a prime for feet and inches (5'10"), a lone mark between spaces, or a mark named alone in brackets ("double quotes (")").</summary>
    Other,
}

/// <summary>The typographic family of a mark; pairs and documents should use one family.</summary>
public enum QuoteStyle : byte
{
    /// <summary>The ASCII marks <c>"</c> and <c>'</c>.</summary>
    Straight,

    /// <summary>Curly marks “ ” ‘ ’ and the low marks „ ‚.</summary>
    Typographic,

    /// <summary>« » ‹ ›.</summary>
    Guillemet,
}

/// <summary>Double marks pair with double marks, single with single.</summary>
public enum QuoteKind : byte
{
    Double,
    Single,
}

/// <summary>One quotation-mark character in the text, classified by context.</summary>
/// <param name="Offset">Offset of the character in <see cref="Document.Text"/>.</param>
/// <param name="Char">The character itself.</param>
/// <param name="Role">Opening, closing, apostrophe or other.</param>
/// <param name="Paragraph">Index of the paragraph that holds it.</param>
/// <param name="Doubled">Two single marks written for a double one (‘‘ ’’ ''): the mark is two characters long.</param>
public readonly record struct QuoteMark(int Offset, char Char, QuoteRole Role, int Paragraph, bool Doubled = false)
{
    public QuoteStyle Style => QuoteChars.StyleOf(Char);

    public QuoteKind Kind => Doubled ? QuoteKind.Double : QuoteChars.KindOf(Char);

    /// <summary>1, or 2 for a <see cref="Doubled"/> mark.</summary>
    public int Length => Doubled ? 2 : 1;

    /// <summary>The double mark a doubled one stands for (’’ → ”), or <see cref="Char"/>.</summary>
    public char LogicalChar => Doubled ? Char switch { '‘' => '“', '’' => '”', _ => '"' } : Char;

    public bool IsApostrophe => Role == QuoteRole.Apostrophe;

    /// <summary>Whether the mark is a quotation mark or apostrophe whose style counts (everything but <see cref="QuoteRole.Other"/>).</summary>
    public bool CountsForStyle => Role != QuoteRole.Other;
}
