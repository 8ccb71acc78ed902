namespace CorpusLint.Model.Layout;

/// <summary>
/// The headline a dataset record names in its title field, where its text prints it again: the layout takes that line
/// as the headline whatever it looks like (a long headline, a question, a line with a colon), since the record says so.
/// </summary>
internal static class MetadataHeadline
{
    /// <summary>Non-blank lines at the top of the text that may print the title: the title itself, under a kicker or a section label.</summary>
    private const int TopLines = 3;

    /// <summary>The 0-based line that prints the record's title, or -1 (no title field, or a text that does not repeat it).</summary>
    public static int FindLine(Document document)
    {
        if (document.Metadata[MetadataRole.Title] is not { IsEmpty: false } title)
        {
            return -1;
        }

        var wanted = Normalize(title.Value);
        var seen = 0;
        for (var i = 0; i < document.Lines.Count && seen < TopLines; i++)
        {
            var text = document.GetText(document.Lines[i]);
            if (text.IsWhiteSpace())
            {
                continue;
            }

            seen++;
            if (string.Equals(Normalize(text.TrimStart('#').ToString()), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Runs of whitespace as one space, none at the ends: a title field and its printed line differ in nothing else.</summary>
    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
