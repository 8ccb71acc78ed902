using System.Globalization;
using CorpusLint.Model;
using CorpusLint.Model.Dates;

namespace CorpusLint.Rules.Dates;

/// <summary>How the date rules print dates in their messages.</summary>
internal static class DateText
{
    public static string Format(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string MonthName(int month) =>
        month is >= 1 and <= 12 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) : month.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where a publication-date candidate stands: "at line 4", or "in the record's date_publish field".</summary>
    public static string Where(Document document, PublicationDateCandidate candidate) => MetadataDates.Where(document, candidate);
}
