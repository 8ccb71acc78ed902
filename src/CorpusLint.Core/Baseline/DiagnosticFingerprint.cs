using System.Buffers;
using System.Globalization;
using System.Text;
using CorpusLint.Engine;
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

        // Normalizing never lengthens a part; the rest is three separators and, for a long span, its length and two more.
        var buffer = ArrayPool<char>.Shared.Rent(ruleId.Length + before.Length + after.Length + Math.Min(spanned.Length, MaxSpanLength) + 16);
        var key = new KeyWriter(buffer);
        key.Append(ruleId);
        key.Append(Separator);
        key.AppendNormalized(before);
        key.Append(Separator);
        if (spanned.Length > MaxSpanLength)
        {
            key.AppendNormalized(spanned[..(MaxSpanLength / 2)]);
            key.Append(Separator);
            key.Append(spanned.Length);
            key.Append(Separator);
            key.AppendNormalized(spanned[^(MaxSpanLength / 2)..]);
        }
        else
        {
            key.AppendNormalized(spanned);
        }

        key.Append(Separator);
        key.AppendNormalized(after);

        var fingerprint = Hash(key.Written);
        ArrayPool<char>.Shared.Return(buffer);
        return fingerprint;
    }

    /// <summary>The fingerprint of a diagnostic about a whole document rather than a span of it (the engine's own, CL0001–CL0003).</summary>
    public static string Compute(string ruleId, string identity) => Hash($"{ruleId}{Separator}{identity}");

    /// <summary>
    /// The XxHash128 of the key's UTF-8, in lower-case hex; encoded on the stack for a usual key. Not a cryptographic
    /// hash: a fingerprint tells a document's problems apart, it guards against no attacker, and SHA-256 started
    /// OpenSSL in every run that reported a problem (6–8 ms, and 1.4% of a run's CPU; benchmarks/README.md).
    /// </summary>
    private static string Hash(ReadOnlySpan<char> key)
    {
        const int StackLimit = 1024;
        var length = Encoding.UTF8.GetByteCount(key);
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        var bytes = rented ?? stackalloc byte[StackLimit];
        var written = Encoding.UTF8.GetBytes(key, bytes);
        var hash = Hash128.Of(bytes[..written]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return hash.ToString();
    }

    /// <summary>Writes a fingerprint's key into a buffer large enough for it.</summary>
    private ref struct KeyWriter(char[] buffer)
    {
        private int _length;

        public readonly ReadOnlySpan<char> Written => buffer.AsSpan(0, _length);

        public void Append(char c) => buffer[_length++] = c;

        public void Append(ReadOnlySpan<char> text)
        {
            text.CopyTo(buffer.AsSpan(_length));
            _length += text.Length;
        }

        public void Append(int number)
        {
            number.TryFormat(buffer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
            _length += written;
        }

        /// <summary>Appends <paramref name="text"/> with every run of whitespace as one space and none at either end.</summary>
        public void AppendNormalized(ReadOnlySpan<char> text)
        {
            var pendingSpace = false;
            var start = _length;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = _length > start;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[_length++] = ' ';
                    pendingSpace = false;
                }

                buffer[_length++] = c;
            }
        }
    }
}
