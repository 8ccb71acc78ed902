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
        }

        return 0;
    }
}
