using CorpusLint.Model;

namespace CorpusLint.Reporting;

/// <summary>
/// The "record" section of <c>corpuslint inspect</c> for a record of a dataset: the field its text was read from and
/// every metadata field the mapping took, with its role (what the rules use it for) and value.
/// </summary>
public sealed record InspectedRecord(string? TextField, IReadOnlyList<InspectedField> Fields)
{
    public static InspectedRecord? From(DocumentMetadata metadata) =>
        metadata.TextField is null && metadata.Fields.Count == 0
            ? null
            : new InspectedRecord(metadata.TextField, [.. metadata.Fields.Select(f => new InspectedField(f.Role.ToString(), f.Name, f.Values, f.IsEmpty))]);
}

/// <summary>A field the mapping took: its role, its name in the record, its value(s) as text, and whether it is empty.</summary>
public sealed record InspectedField(string Role, string Field, IReadOnlyList<string> Values, bool Empty);
