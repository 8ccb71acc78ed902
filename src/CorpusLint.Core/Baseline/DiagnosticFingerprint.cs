using System.Security.Cryptography;
using System.Text;
using CorpusLint.Model;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Baseline;

/// <summary>
/// The identity of a problem that survives its lines moving: a hash of the rule, the text of the span and the
/// text around it on the same lines, with runs of whitespace collapsed. No line or column goes in, so inserting
/// or deleting lines elsewhere leaves it unchanged; editing the problem's own words changes it. Baselines and
/// SARIF's <c>partialFingerprints</c> use it, with the document's path beside it.
/// </summary>
public static class DiagnosticFingerprint
{
    /// <summary>
    /// Characters of context taken on each side of the span, within its lines. More context tells apart two equal
    /// problems in one document (the same stray comma in two sentences); less keeps the fingerprint when the
    /// sentence is edited further away.
    /// </summary>
    private const int ContextLength = 80;

    /// <summary>A span longer than this (a long boilerplate run) is hashed by its head and tail, so hashing stays bounded.</summary>
    private const int MaxSpanLength = 4096;

    private const char Separator = '\u0001';

    public static string Compute(string ruleId, Document document, TextSpan span)
    {
        var text = document.Text.AsSpan();
        var lineStart = document.Lines[document.GetLineIndex(span.Start)].Start;
        var lineEnd = document.Lines[document.GetLineIndex(span.End)].End;
        var before = text[Math.Max(lineStart, span.Start - ContextLength)..span.Start];
        var after = text[span.End..Math.Max(span.End, Math.Min(lineEnd, span.End + ContextLength))];
        var spanned = text.Slice(span.Start, span.Length);

        var key = new StringBuilder(ruleId.Length + before.Length + after.Length + Math.Min(spanned.Length, MaxSpanLength) + 8);
        key.Append(ruleId).Append(Separator);
        AppendNormalized(key, before);
        key.Append(Separator);
        if (spanned.Length > MaxSpanLength)
        {
            AppendNormalized(key, spanned[..(MaxSpanLength / 2)]);
            key.Append(Separator).Append(spanned.Length).Append(Separator);
            AppendNormalized(key, spanned[^(MaxSpanLength / 2)..]);
        }
        else
        {
            AppendNormalized(key, spanned);
        }

        key.Append(Separator);
        AppendNormalized(key, after);

        return Hash(key.ToString());
    }

    /// <summary>The fingerprint of a diagnostic about a whole document rather than a span of it (the engine's own, CL0001–CL0003).</summary>
    public static string Compute(string ruleId, string identity) => Hash($"{ruleId}{Separator}{identity}");

    private static string Hash(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>Appends <paramref name="text"/> with every run of whitespace as one space and none at either end.</summary>
    private static void AppendNormalized(StringBuilder key, ReadOnlySpan<char> text)
    {
        var pendingSpace = false;
        var start = key.Length;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = key.Length > start;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(c);
        }
    }
}
