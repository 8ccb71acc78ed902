namespace CorpusLint.Tests.Reporting;

/// <summary>Articles written for the report and fix tests: one of each kind of problem the reports must carry.</summary>
internal static class CiArticles
{
    /// <summary>An unclosed quotation (CL4001, no fix), a space before a comma (CL4006, safe fix) and no final newline (CL5005, safe fix).</summary>
    public const string Defects = "Ferry timetable changes\n\nBy Ana Ruiz\n\nPORTLAKE, Monday, March 4, 2024 — The ferry will leave at six , the council said on Monday.\n\n“We listened to the people who use the boat every day, said council chair Tomas Berg.\n\nThe new timetable starts in April.";

    /// <summary>A navigation menu at the top (CL2001, unsafe fix) above a short article.</summary>
    public const string Menu = "- [Home](/)\n- [World](/world)\n- [Business](/business)\n- [Sport](/sport)\n\nFerry timetable changes\n\nBy Ana Ruiz\n\nPORTLAKE, Monday, March 4, 2024 — The ferry will leave at six, the council said on Monday.\n\nThe new timetable starts in April.\n";
}
