using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.IO;

namespace CorpusLint.Datasets;

/// <summary>
/// <c>--fix</c> on a dataset: as the run's results pass in record order, writes a new dataset of the same format with
/// every record and every field as it was and only the fixed texts changed, beside the dataset
/// (<c>news.fixed.jsonl.gz</c>, when a record was fixed) or at <c>--fix-output</c>; never the dataset itself. The copy is written to a temporary
/// file and renamed when the dataset's last record is in, so a copy is whole or absent: a dataset that could not be read
/// whole (a stream that ends early, an unreadable row group, records left out by <c>--shard</c>) gets no copy, and an
/// error says why.
/// </summary>
/// <param name="fixOutput">The full path <c>--fix-output</c> names, or null for the copy beside each dataset.</param>
/// <param name="fixOutputAsGiven">The path as the user wrote it, for messages.</param>
public sealed class DatasetFixWriter(ILintResultSink inner, string? fixOutput, string? fixOutputAsGiven = null) : ILintResultSink
{
    private readonly List<string> _messages = [];
    private DatasetCopy? _copy;
    private bool _fixOutputTaken;

    /// <summary>What was written, and the copies not written, for standard error.</summary>
    public IReadOnlyList<string> Messages => _messages;

    /// <summary>A copy could not be written: the run exits 2.</summary>
    public bool Failed { get; private set; }

    public void Accept(DocumentResult result)
    {
        if (result.Input is { Record: { } record } input)
        {
            if (_copy?.Source != input.FullPath)
            {
                Finish();
                _copy = Start(input);
            }

            _copy?.Add(record, result.Fix is { Status: FileFixStatus.Fixed, FixedText: { } text } ? text : null);
        }
        else
        {
            Finish();
        }

        inner.Accept(result);
    }

    public void Complete()
    {
        Finish();
        inner.Complete();
    }

    private DatasetCopy? Start(DocumentInput input)
    {
        var format = DatasetFile.Detect(input.FullPath)!.Value;
        var dataset = input.Record!.Location.Dataset;
        var target = fixOutput ?? DatasetFile.FixedCopyPath(input.FullPath, format);
        string? refusal = null;
        if (fixOutput is not null && _fixOutputTaken)
        {
            refusal = "--fix-output names one file, and this run fixes more than one dataset; fix them one at a time";
        }
        else if (fixOutput is not null && DatasetFile.Detect(fixOutput) != format)
        {
            refusal = $"--fix-output must name a file of the dataset's own format ({DatasetFile.ExtensionOf(input.FullPath, format)})";
        }
        else if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(input.FullPath), StringComparison.Ordinal))
        {
            refusal = "--fix-output names the dataset itself, which is never rewritten in place";
        }

        _fixOutputTaken |= fixOutput is not null;
        if (refusal is not null)
        {
            Fail(dataset, refusal);
            return null;
        }

        try
        {
            return format == DatasetFormat.Parquet
                ? new ParquetCopy(input.FullPath, dataset, target)
                : new JsonlCopy(input.FullPath, dataset, target, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(dataset, $"cannot write {target}: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
            return null;
        }
    }

    private void Finish()
    {
        if (_copy is not { } copy)
        {
            return;
        }

        _copy = null;
        using (copy)
        {
            if (copy.Refusal is { } refusal)
            {
                Fail(copy.Dataset, refusal);
                return;
            }

            // A copy beside the dataset is written only to carry a fix (else linting a fixed copy with --fix would copy it
            // again); one that --fix-output names is written whatever, since the user asked for that file.
            if (copy.Fixed == 0 && fixOutput is null)
            {
                return;
            }

            try
            {
                copy.Commit();
                _messages.Add($"corpuslint: wrote {Shown(copy)}, the fixed copy of {copy.Dataset}: {copy.Fixed} of {copy.Records} record(s) fixed");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                Fail(copy.Dataset, $"cannot write {Shown(copy)}: {e.Message}");
            }
        }
    }

    /// <summary>The copy's path as reports show paths: beside its dataset as the dataset is shown, or as --fix-output was given.</summary>
    private string Shown(DatasetCopy copy) =>
        fixOutput is not null ? fixOutputAsGiven ?? copy.Target : Path.Combine(Path.GetDirectoryName(copy.Dataset) ?? string.Empty, Path.GetFileName(copy.Target));

    private void Fail(string dataset, string reason)
    {
        _messages.Add($"error: {dataset}: no fixed copy written: {reason}");
        Failed = true;
    }
}

/// <summary>The fixed copy of one dataset, written as its records come in.</summary>
internal abstract class DatasetCopy(string source, string dataset, string target) : IDisposable
{
    private int _expected = 1;

    public string Source => source;

    public string Dataset => dataset;

    public string Target => target;

    public int Records { get; private set; }

    public int Fixed { get; private set; }

    /// <summary>Why the copy will not be written; null while it can be.</summary>
    public string? Refusal { get; protected set; }

    /// <summary>Adds the next record, with its fixed text (null: the record as it was).</summary>
    public void Add(DatasetRecord record, string? fixedText)
    {
        if (Refusal is not null)
        {
            return;
        }

        if (record.AboutFile)
        {
            Refusal = $"it could not be read whole ({record.Problem})";
            return;
        }

        if (record.Location.Number != _expected)
        {
            Refusal = "records were left out of this run (--shard); a fixed copy needs every record, so fix it without --shard";
            return;
        }

        _expected++;
        Records++;
        Fixed += fixedText is null ? 0 : 1;
        try
        {
            Write(record, fixedText);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The dataset's format library refusing what it read (a column type, a row group) must cost the copy, not
            // the run: the dataset itself is never written, and the error says why there is no copy.
            Refusal = $"it cannot be copied: {e.Message}";
        }
    }

    public abstract void Commit();

    public abstract void Dispose();

    protected abstract void Write(DatasetRecord record, string? fixedText);
}

/// <summary>A fixed copy of JSON Lines: each record's bytes as read, the text field's value replaced where it was fixed.</summary>
internal sealed class JsonlCopy(string source, string dataset, string target, DatasetFormat format) : DatasetCopy(source, dataset, target)
{
    private readonly AtomicFile.PendingFile _file = AtomicFile.Create(target);
    private Stream? _stream;

    public override void Commit()
    {
        // A compressor is disposed to write its end (the file stays open under it); plain JSON Lines is the file itself.
        if (!ReferenceEquals(Output, _file.Stream))
        {
            Output.Dispose();
        }

        _file.Commit();
    }

    public override void Dispose()
    {
        _stream?.Dispose();
        _file.Dispose();
    }

    protected override void Write(DatasetRecord record, string? fixedText)
    {
        if (record.Raw is not { } raw)
        {
            Refusal = $"record {record.Location.Number} is longer than a record may be, and was not held to be copied";
            return;
        }

        if (fixedText is null)
        {
            Output.Write(raw);
            return;
        }

        var (start, end) = (record.TextToken.Start.Value, record.TextToken.End.Value);
        Output.Write(raw.AsSpan(0, start));
        JsonString.Write(Output, fixedText, asciiOnly: System.Text.Ascii.IsValid(raw.AsSpan(start, end - start)));
        Output.Write(raw.AsSpan(end));
    }

    private Stream Output => _stream ??= DatasetStreams.OpenWrite(_file.Stream, format);
}
