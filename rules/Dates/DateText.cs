using System.Globalization;
namespace CorpusLint.Rules.Dates;

/// <summary>How the date rules print dates in their messages.</summary>
internal static class DateText
{
    public static string Format(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string MonthName(int month) =>
        month is >= 1 and <= 12 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) : month.ToString(CultureInfo.InvariantCulture);
}
