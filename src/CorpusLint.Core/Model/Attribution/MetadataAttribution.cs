namespace CorpusLint.Model.Attribution;

/// <summary>
/// The bylines and source credits a dataset record gives in its fields (<see cref="DocumentMetadata"/>): the
/// publisher's own record, taken as the article's without a name check, first in the choice. They join the choice
/// only, never <see cref="DocumentAttribution"/>, which the layout reads: a field is not a line of the text.
/// </summary>
internal static class MetadataAttribution
{
    public static void Add(DocumentMetadata metadata, List<JudgedByline> bylines, List<JudgedSourceCredit> credits)
    {
        foreach (var field in metadata.Fields)
        {
            if (field.IsEmpty)
            {
                continue;
            }

            var reason = $"the record's {field.Name} field";
            if (field.Role == MetadataRole.Authors)
            {
                bylines.Insert(0, new JudgedByline(new Byline(BylineKind.Metadata, 0, 0, 0, 0, field.Value, null) { Field = field.Name }, null, true, reason));
            }
            else if (field.Role == MetadataRole.Source)
            {
                credits.Insert(0, new JudgedSourceCredit(new SourceCredit(SourceCreditKind.Metadata, 0, 0, field.Value, null) { Field = field.Name }, null, true, reason));
            }
        }
    }
}
