using System.Buffers;
using System.Text;
using CorpusLint.Caching;
using CorpusLint.IO;

namespace CorpusLint.Cli;

/// <summary>
/// A report rendered while a snapshot of it is taken: every byte written to <see cref="Writer"/> or <see cref="Bytes"/>
/// also goes to the snapshot. On a UTF-8 <see cref="StreamWriter"/> (standard output, <c>--output</c>) the bytes are
/// copied below a new writer of the same kind, so the reporters' UTF-8 path (<c>Utf8Output</c>) stays and what the
/// snapshot holds is what was written; on any other writer (tests) the characters are encoded beside it.
/// <para>
/// The report's own stream is written in pieces of <see cref="OutputBufferBytes"/>: <see cref="Position"/> flushes the
/// writer after every document, and standard output takes each write as a system call.
/// </para>
/// </summary>
internal sealed class ReportCapture
{
    private const int OutputBufferBytes = 1 << 16;

    private readonly ReportSnapshotWriter _snapshot;
    private readonly BufferedStream? _output;

    public ReportCapture(TextWriter output, ReportSnapshotWriter snapshot)
    {
        _snapshot = snapshot;
        if (output is StreamWriter { Encoding: UTF8Encoding } file)
        {
            file.Flush();
            _output = new BufferedStream(file.BaseStream, OutputBufferBytes);
            var tee = new TeeStream(_output, snapshot.Body);
            Writer = new StreamWriter(tee, new UTF8Encoding(false), OutputBufferBytes, leaveOpen: true) { NewLine = output.NewLine };
            Bytes = tee;
        }
        else
        {
            Writer = new TeeWriter(output, snapshot);
            Bytes = new Utf8TextStream(Writer);
        }
    }

    /// <summary>The writer to render into.</summary>
    public TextWriter Writer { get; }

    /// <summary>Where bytes already encoded in UTF-8 go (a stored report's parts); flush <see cref="Writer"/> first.</summary>
    public Stream Bytes { get; }

    /// <summary>The report's length so far, once what <see cref="Writer"/> holds was written out.</summary>
    public long Position
    {
        get
        {
            Writer.Flush();
            return _snapshot.Position;
        }
    }

    /// <summary>Writes out everything; call once the report is complete.</summary>
    public void Complete()
    {
        Writer.Flush();
        _output?.Flush();
    }

    /// <summary>Writes to the report's stream, and the same bytes to the snapshot's (which never throws).</summary>
    private sealed class TeeStream(Stream target, Stream snapshot) : WriteOnlyStream
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            target.Write(buffer);
            snapshot.Write(buffer);
        }
    }

    /// <summary>
    /// Passes characters on unchanged and encodes them to UTF-8 for the snapshot; text that UTF-8 cannot hold (a lone
    /// surrogate) abandons the snapshot rather than store other characters than the report showed.
    /// </summary>
    private sealed class TeeWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly ReportSnapshotWriter _snapshot;
        private readonly Encoder _encoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetEncoder();
        private bool _abandoned;

        public TeeWriter(TextWriter inner, ReportSnapshotWriter snapshot)
        {
            _inner = inner;
            _snapshot = snapshot;
            NewLine = inner.NewLine;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => Write([value]);

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(ReadOnlySpan<char> buffer)
        {
            _inner.Write(buffer);
            Capture(buffer, flush: false);
        }

        public override void Flush()
        {
            _inner.Flush();
            Capture([], flush: true);
        }

        private void Capture(ReadOnlySpan<char> chars, bool flush)
        {
            if (_abandoned)
            {
                return;
            }

            try
            {
                var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(16, _encoder.GetByteCount(chars, flush)));
                var count = _encoder.GetBytes(chars, bytes, flush);
                _snapshot.Body.Write(bytes, 0, count);
                ArrayPool<byte>.Shared.Return(bytes);
            }
            catch (EncoderFallbackException)
            {
                _abandoned = true;
                _snapshot.Abandon();
            }
        }
    }
}
