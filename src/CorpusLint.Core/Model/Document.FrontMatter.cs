namespace CorpusLint.Model;

public sealed partial class Document
{
    /// <summary>The longest front matter looked for: a longer "---" block is a rule and a section of the text.</summary>
    private const int MaxFrontMatterLines = 200;

    private int? _frontMatterLines;

    /// <summary>
    /// How many lines YAML front matter takes at the top of the document (the opening <c>---</c>, its keys, the closing
    /// <c>---</c> or <c>...</c>), or 0. Found once here for the date, attribution and layout models: it is the document's
    /// record, not its text.
    /// </summary>
    public int FrontMatterLines => _frontMatterLines ??= CountFrontMatterLines();

    private int CountFrontMatterLines()
    {
        if (Lines.Count < 3 || !GetText(Lines[0]).TrimEnd().SequenceEqual("---"))
        {
            return 0;
        }

        for (var i = 1; i < Lines.Count && i < MaxFrontMatterLines; i++)
        {
            var text = GetText(Lines[i]).TrimEnd();
            if (text.SequenceEqual("---") || text.SequenceEqual("..."))
            {
                return i + 1;
            }

            if (!IsYamlLine(text))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// A line YAML front matter holds: blank, a key and its value ("title: Ferry"), or an indented or listed continuation
    /// ("  - Jane Roe"). A line of prose between two "---" rules is text, not a record.
    /// </summary>
    private static bool IsYamlLine(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] is ' ' or '\t' or '-' or '#')
        {
            return true;
        }

        var colon = text.IndexOf(':');
        return colon > 0 && (char.IsAsciiLetter(text[0]) || text[0] is '_' or '"' or '\'')
            && !text[..colon].ContainsAny(' ', '\t') && (colon + 1 == text.Length || text[colon + 1] == ' ');
    }
}
