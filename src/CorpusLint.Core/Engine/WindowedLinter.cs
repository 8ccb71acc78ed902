using System.Buffers;
using CorpusLint.Configuration;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Engine;

/// <summary>
/// Lints a document too large to hold whole (a gigabyte on one line) in windows: each window is a part of about
/// <see cref="DocumentLimits.WindowBytes"/> with <see cref="DocumentLimits.WindowMarginBytes"/> of context on each
/// side, linted as a document of its own; a finding is kept by the window whose part it starts in, and its line,
/// column and offsets are moved to where they are in the whole document. Memory stays at a few windows whatever the
/// size. Rules that need the whole document (<see cref="Rule.NeedsWholeDocument"/>) are skipped, and a CL0003 says so.
/// </summary>
internal sealed class WindowedLinter(LintEngine engine, DocumentLimits limits)
{
    public DocumentResult Lint(string path, DocumentBytes bytes, DocumentConfiguration configuration)
    {
        var head = new byte[Math.Min(bytes.Length, SourceDecoder.BinarySniffLength + 3)];
        head = head[..bytes.ReadFully(head, 0)];
        var (encoding, bomLength) = SourceDecoder.DetectEncoding(head);
        if (encoding is SourceEncoding.Utf8 or SourceEncoding.Utf8WithBom && SourceDecoder.LooksBinary(head.AsSpan(bomLength)))
        {
            var binary = Document.Create(path, new DecodedSource(string.Empty, encoding, [], IsBinary: true, head.Length));
            return engine.Lint(binary, configuration) with { Bytes = bytes.Length };
        }

        var collected = new WindowFindings(path);
        var buffer = ArrayPool<byte>.Shared.Rent(limits.WindowMarginBytes + limits.WindowBytes + limits.WindowMarginBytes + 8);
        try
        {
            var cuts = new WindowCuts(encoding);
            var anchor = new Position(1, 1);
            long coreStart = bomLength;
            long textOffset = 0;
            while (true)
            {
                var readStart = Math.Max(bomLength, coreStart - limits.WindowMarginBytes);
                var requested = (int)(coreStart - readStart) + limits.WindowBytes + limits.WindowMarginBytes;
                var read = bytes.ReadFully(buffer.AsSpan(0, requested), readStart);
                var data = buffer.AsSpan(0, read);
                var core = (int)(coreStart - readStart);
                if (core >= read)
                {
                    break;
                }

                var isLast = core + limits.WindowBytes >= read;
                var windowStart = cuts.MarginStart(data[..core], 0, core - 1);
                var coreEnd = isLast ? read : cuts.CutBefore(data, core + limits.WindowBytes, core + (limits.WindowBytes / 2));
                var windowEnd = isLast ? read : cuts.MarginEnd(data, Math.Min(read, coreEnd + limits.WindowMarginBytes), coreEnd + 1);
                var window = DecodeWindow(data, windowStart, core, coreEnd, windowEnd, readStart, encoding);

                var document = Document.CreatePart(path, window.Source, configuration.Format, configuration.Language);
                var pass = engine.Run(document, configuration, wholeDocument: false);
                var mapping = new WindowMapping(document, window.CoreTextStart, anchor, textOffset);
                collected.Add(pass, mapping, window.CoreTextStart, window.CoreTextEnd, isLast);

                if (isLast)
                {
                    break;
                }

                anchor = mapping.Map(document.GetPosition(window.CoreTextEnd));
                textOffset += window.CoreTextEnd - window.CoreTextStart;
                coreStart = readStart + coreEnd;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        collected.Add(EngineDiagnostics.Create(EngineDiagnostics.PartlyLinted, path, Explain(bytes.Length, configuration), identity: "windows"));
        return collected.ToResult() with { Bytes = bytes.Length };
    }

    private string Explain(long length, DocumentConfiguration configuration)
    {
        var skipped = engine.Rules
            .Select((rule, index) => (rule, index))
            .Where(r => r.rule.NeedsWholeDocument && configuration.GetSeverity(r.index) != Severity.None)
            .Select(r => r.rule.Id)
            .ToList();
        var rules = skipped.Count == 0 ? "no enabled rule needs the whole document" : $"rules that need the whole document were skipped: {string.Join(", ", skipped)}";
        return $"Document is {ByteSize.Format(length)}, more than the {ByteSize.Format(limits.WholeDocumentBytes)} linted whole: linted in windows of {ByteSize.Format(limits.WindowBytes)}; {rules}";
    }

    /// <summary>Decodes margin, part and margin separately so that the part's text offsets are exact.</summary>
    private static DecodedWindow DecodeWindow(ReadOnlySpan<byte> data, int windowStart, int core, int coreEnd, int windowEnd, long readStart, SourceEncoding encoding)
    {
        var before = SourceDecoder.DecodeBody(data[windowStart..core], encoding, readStart + windowStart);
        var part = SourceDecoder.DecodeBody(data[core..coreEnd], encoding, readStart + core);
        var after = SourceDecoder.DecodeBody(data[coreEnd..windowEnd], encoding, readStart + coreEnd);
        var coreTextStart = before.Text.Length;
        var coreTextEnd = coreTextStart + part.Text.Length;
        List<InvalidByteRun> invalid = [
            .. before.InvalidBytes,
            .. part.InvalidBytes.Select(r => r with { TextOffset = r.TextOffset + coreTextStart }),
            .. after.InvalidBytes.Select(r => r with { TextOffset = r.TextOffset + coreTextEnd }),
        ];
        var text = string.Concat(before.Text, part.Text, after.Text);
        return new DecodedWindow(new DecodedSource(text, encoding, invalid, IsBinary: false, windowEnd - windowStart), coreTextStart, coreTextEnd);
    }

    private sealed record DecodedWindow(DecodedSource Source, int CoreTextStart, int CoreTextEnd);
}

/// <summary>Moves positions and spans of a window's document to where they are in the whole document.</summary>
internal readonly struct WindowMapping
{
    private readonly Position _windowAnchor;
    private readonly Position _anchor;
    private readonly int _coreTextStart;
    private readonly long _textOffset;

    /// <param name="document">The window's document.</param>
    /// <param name="coreTextStart">Offset in the window's text where its part begins.</param>
    /// <param name="anchor">Line and column of that point in the whole document.</param>
    /// <param name="textOffset">Text offset of that point in the whole document.</param>
    public WindowMapping(Document document, int coreTextStart, Position anchor, long textOffset)
    {
        _windowAnchor = document.GetPosition(coreTextStart);
        _anchor = anchor;
        _coreTextStart = coreTextStart;
        _textOffset = textOffset;
    }

    public Position Map(Position position) => position.Line == _windowAnchor.Line
        ? new Position(_anchor.Line, _anchor.Column + position.Column - _windowAnchor.Column)
        : new Position(_anchor.Line + position.Line - _windowAnchor.Line, position.Column);

    public TextSpan Map(TextSpan span) => new(checked((int)(_textOffset + span.Start - _coreTextStart)), span.Length);

    public LintDiagnostic Map(LintDiagnostic diagnostic)
    {
        var mapping = this;
        return diagnostic with
        {
            Span = Map(diagnostic.Span),
            Start = Map(diagnostic.Start),
            End = Map(diagnostic.End),
            Fix = diagnostic.Fix is { } fix ? fix with { Edits = [.. fix.Edits.Select(e => e with { Span = mapping.Map(e.Span) })] } : null,
            Excerpt = diagnostic.Excerpt with { StartColumn = Map(new Position(diagnostic.Start.Line, diagnostic.Excerpt.StartColumn)).Column },
        };
    }
}

/// <summary>The findings of all windows of one document: kept in order, at most <see cref="LintEngine.MaxDiagnosticsPerRule"/> per rule.</summary>
internal sealed class WindowFindings(string path)
{
    private readonly List<LintDiagnostic> _diagnostics = [];
    private readonly Dictionary<string, RuleFailure> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);

    public void Add(RulePass pass, WindowMapping mapping, int coreTextStart, int coreTextEnd, bool isLast)
    {
        pass.Diagnostics.Sort(LintDiagnostic.ReportOrder);
        foreach (var diagnostic in pass.Diagnostics)
        {
            var start = diagnostic.Span.Start;
            if (start < coreTextStart || start > coreTextEnd || (start == coreTextEnd && !isLast))
            {
                continue; // in a margin: the neighbouring window reports it
            }

            var kept = _kept.GetValueOrDefault(diagnostic.Id);
            if (kept >= LintEngine.MaxDiagnosticsPerRule)
            {
                _dropped[diagnostic.Id] = _dropped.GetValueOrDefault(diagnostic.Id) + 1;
                continue;
            }

            _kept[diagnostic.Id] = kept + 1;
            _diagnostics.Add(mapping.Map(diagnostic));
        }

        foreach (var failure in pass.Failures)
        {
            _failures.TryAdd(failure.RuleId, failure);
        }

        foreach (var (id, count) in pass.Dropped)
        {
            _dropped[id] = _dropped.GetValueOrDefault(id) + count;
        }
    }

    public void Add(LintDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public DocumentResult ToResult()
    {
        var failures = _failures.Values.OrderBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        _diagnostics.AddRange(failures.Select(LintEngine.ToDiagnostic));
        _diagnostics.AddRange(_dropped.Select(d => LintEngine.TooManyFindings(path, d.Key, d.Value)));
        _diagnostics.Sort(LintDiagnostic.ReportOrder);
        return new DocumentResult(path, _diagnostics, failures);
    }
}
