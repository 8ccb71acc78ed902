using System.Globalization;

namespace CorpusLint.Model.Dates;

/// <summary>
/// The publication and update dates a dataset record gives in its fields (<see cref="DocumentMetadata"/>): candidates
/// with an empty span, which the choice ranks first, as the publisher's own record. They are added to the candidates
/// only by the choice, never to <see cref="DocumentDates"/>, which the layout reads: a field is not a line of the text.
/// </summary>
public static class MetadataDates
{
    /// <summary>Numbers of this many digits are Unix times: seconds (9–10 digits, 1973–2286) or milliseconds (12–13).</summary>
    private const int MinEpochSecondsDigits = 9;

    private const int MaxEpochSecondsDigits = 10;

    private const int MinEpochMillisecondsDigits = 12;

    private const int MaxEpochMillisecondsDigits = 13;

    /// <summary>The record's date candidates followed by <paramref name="textCandidates"/>; the same list when the record has none.</summary>
    internal static IReadOnlyList<PublicationDateCandidate> Prepend(DocumentMetadata metadata, IReadOnlyList<PublicationDateCandidate> textCandidates)
    {
        List<PublicationDateCandidate>? candidates = null;
        foreach (var field in metadata.Fields)
        {
            if (field.Role is MetadataRole.PublicationDate or MetadataRole.UpdateDate && !field.IsEmpty && TryParse(field.Values[0], out var date))
            {
                candidates ??= [];
                candidates.Add(new PublicationDateCandidate(date, 0, 0, PublicationDateSource.Metadata, field.Role == MetadataRole.UpdateDate, 1.0, null) { Field = field.Name });
            }
        }

        return candidates is null ? textCandidates : [.. candidates, .. textCandidates];
    }

    /// <summary>The record's publication-date field when it holds something that is not a date ("n/a", "yesterday"), else null.</summary>
    public static MetadataField? Unreadable(DocumentMetadata metadata) =>
        metadata[MetadataRole.PublicationDate] is { IsEmpty: false } field && !TryParse(field.Values[0], out _) ? field : null;

    /// <summary>Where a candidate stands, for messages: "at line 4", or "in the record's date_publish field".</summary>
    public static string Where(Document document, PublicationDateCandidate candidate) =>
        candidate.Field is { } field ? $"in the record's {field} field" : $"at line {document.GetLineIndex(candidate.Start) + 1}";

    /// <summary>
    /// A date as datasets write it: ISO 8601 with or without a time and offset ("2024-03-04", "2024-03-04 10:15:00",
    /// "2024-03-04T10:15:00+01:00": the day as written, whatever the offset), other formats .NET reads invariantly,
    /// and Unix times in seconds or milliseconds (taken in UTC).
    /// </summary>
    public static bool TryParse(string value, out DateOnly date)
    {
        var text = value.AsSpan().Trim();
        if (text.Length > 0 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            DateTimeOffset? instant = text.Length switch
            {
                >= MinEpochSecondsDigits and <= MaxEpochSecondsDigits => DateTimeOffset.FromUnixTimeSeconds(number),
                >= MinEpochMillisecondsDigits and <= MaxEpochMillisecondsDigits => DateTimeOffset.FromUnixTimeMilliseconds(number),
                _ => null,
            };
            date = instant is { } found ? DateOnly.FromDateTime(found.UtcDateTime) : default;
            return instant is not null;
        }

        return PublicationDateFinder.TryParseValue(text, out date);
    }
}
