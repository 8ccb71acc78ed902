using CorpusLint.Rules;

namespace CorpusLint.Configuration;

/// <summary>
/// Every rule's severity in rule order, four bits each: what the result cache keeps beside a result of the severities
/// it was made under, so that a later run under other severities can re-apply its own instead of linting again.
/// </summary>
public static class SeverityKeys
{
    public static byte[] Pack(IReadOnlyList<Severity> severities)
    {
        var key = new byte[(severities.Count + 1) / 2];
        for (var i = 0; i < severities.Count; i++)
        {
            key[i / 2] |= (byte)((int)severities[i] << (i % 2 * 4));
        }

        return key;
    }

    /// <summary>Whether two keys turn the same rules on (severities aside).</summary>
    public static bool TurnOnTheSameRules(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (((a[i] & 0x0F) == 0) != ((b[i] & 0x0F) == 0) || ((a[i] & 0xF0) == 0) != ((b[i] & 0xF0) == 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The severity of the rule at <paramref name="ruleIndex"/> in a key <see cref="Pack"/> made.</summary>
    public static Severity Get(ReadOnlySpan<byte> key, int ruleIndex) => (Severity)((key[ruleIndex / 2] >> (ruleIndex % 2 * 4)) & 0xF);
}
