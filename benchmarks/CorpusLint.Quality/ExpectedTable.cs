using System.Globalization;

namespace CorpusLint.Quality;

public enum ExpectationKind
{
    /// <summary>The rule must report a diagnostic there.</summary>
    Must,

    /// <summary>The rule must not report a diagnostic there.</summary>
    MustNot,
}

/// <summary>
/// One row of <c>seeds/EXPECTED.md</c>: a file, a 1-based line (null for <c>*</c>, anywhere in the
/// document), a rule ID and a note.
/// </summary>
public sealed record Expectation(ExpectationKind Kind, string File, int? Line, string RuleId, string Note, int SourceLine)
{
    /// <summary>The family digit: '1' for CL1xxx (attribution) ... '5' for CL5xxx (hygiene).</summary>
    public string Family => RuleFamilies.FamilyOf(RuleId);

    public string Where => $"{File}:{(Line is { } line ? line.ToString(CultureInfo.InvariantCulture) : "*")}";
}

/// <summary>
/// Reads the must / must-not tables of <c>EXPECTED.md</c>: tab-separated rows (file, line or <c>*</c>,
/// rule ID, note) between <c>&lt;!-- begin must --&gt;</c> / <c>&lt;!-- end must --&gt;</c> and the
/// same markers for <c>must-not</c>. Code fences, blank lines and other text between the markers are skipped.
/// </summary>
public static class ExpectedTable
{
    public static IReadOnlyList<Expectation> Parse(string markdown)
    {
        var rows = new List<Expectation>();
        ExpectationKind? section = null;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.Trim();
            if (TryMarker(trimmed, out var begin, out var kind))
            {
                if (begin)
                {
                    section = kind;
                }
                else if (section == kind)
                {
                    section = null;
                }

                continue;
            }

            if (section is not { } current || trimmed.Length == 0 || trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3)
            {
                throw new FormatException($"EXPECTED.md line {i + 1}: expected 'file<TAB>line<TAB>rule<TAB>note', got '{line}'");
            }

            var where = cells[1].Trim();
            int? lineNumber = null;
            if (where != "*")
            {
                if (!int.TryParse(where, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
                {
                    throw new FormatException($"EXPECTED.md line {i + 1}: line must be a positive number or '*', got '{where}'");
                }

                lineNumber = parsed;
            }

            var rule = cells[2].Trim().ToUpperInvariant();
            if (!RuleFamilies.IsRuleId(rule))
            {
                throw new FormatException($"EXPECTED.md line {i + 1}: '{cells[2]}' is not a rule ID (CLnnnn)");
            }

            var note = cells.Length > 3 ? string.Join('\t', cells[3..]).Trim() : "";
            rows.Add(new Expectation(current, cells[0].Trim(), lineNumber, rule, note, i + 1));
        }

        if (section is not null)
        {
            throw new FormatException($"EXPECTED.md: the '{(section == ExpectationKind.Must ? "must" : "must-not")}' table has no end marker");
        }

        return rows;
    }

    private static bool TryMarker(string line, out bool begin, out ExpectationKind kind)
    {
        begin = false;
        kind = ExpectationKind.Must;
        if (!line.StartsWith("<!--", StringComparison.Ordinal) || !line.EndsWith("-->", StringComparison.Ordinal))
        {
            return false;
        }

        var words = line[4..^3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || (words[0] != "begin" && words[0] != "end"))
        {
            return false;
        }

        begin = words[0] == "begin";
        switch (words[1])
        {
            case "must":
                kind = ExpectationKind.Must;
                return true;
            case "must-not":
                kind = ExpectationKind.MustNot;
                return true;
            default:
                return false;
        }
    }
}

/// <summary>Rule IDs, families and the ranges the figures are measured on.</summary>
public static class RuleFamilies
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["1"] = "CL1xxx attribution",
        ["2"] = "CL2xxx boilerplate",
        ["3"] = "CL3xxx dates",
        ["4"] = "CL4xxx quotes",
        ["5"] = "CL5xxx hygiene",
    };

    public static bool IsRuleId(string id) =>
        id.Length == 6 && id.StartsWith("CL", StringComparison.Ordinal) && id.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

    public static string FamilyOf(string ruleId) => ruleId.Length > 2 ? ruleId[2].ToString() : "?";

    public static int NumberOf(string ruleId) =>
        IsRuleId(ruleId) ? int.Parse(ruleId.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture) : -1;

    /// <summary>True when <paramref name="ruleId"/> lies in one of the inclusive ranges, e.g. (1002, 1004), (2000, 2999).</summary>
    public static bool InRanges(string ruleId, IEnumerable<(int From, int To)> ranges)
    {
        var number = NumberOf(ruleId);
        return ranges.Any(r => number >= r.From && number <= r.To);
    }
}
