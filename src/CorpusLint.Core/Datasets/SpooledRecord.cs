using System.Runtime.InteropServices;
using CorpusLint.Model;

namespace CorpusLint.Datasets;

/// <summary>
/// A dataset record as a run's result spool (<see cref="Corpus.ResultSpool"/>) keeps it while CL2012's corpus pass holds
/// the results: where it stands (which reports name and order by), and what a fixed copy of its dataset needs (its bytes
/// as read, its row). Its text is not kept: it was linted, and the result carries any fixed text.
/// </summary>
internal static class SpooledRecord
{
    public static void Write(BinaryWriter w, RecordLocation? location)
    {
        w.Write(location is not null);
        if (location is null)
        {
            return;
        }

        WriteText(w, location.Dataset);
        w.Write(location.Number);
        WriteOptional(w, location.Id);
        w.Write(location.Line);
    }

    public static RecordLocation? ReadLocation(BinaryReader r) =>
        r.ReadBoolean() ? new RecordLocation(ReadText(r), r.ReadInt32(), ReadOptional(r), r.ReadInt64()) : null;

    public static void Write(BinaryWriter w, DatasetRecord? record)
    {
        w.Write(record is not null);
        if (record is null)
        {
            return;
        }

        Write(w, record.Location);
        WriteOptional(w, record.Problem);
        w.Write(record.AboutFile);
        w.Write(record.IsReadFailure);
        w.Write(record.Bytes);
        w.Write(record.Raw is not null);
        if (record.Raw is { } raw)
        {
            w.Write(raw.Length);
            w.Write(raw);
        }

        w.Write(record.TextToken.Start.Value);
        w.Write(record.TextToken.End.Value);
        w.Write(record.RowGroup.Group);
        w.Write(record.RowGroup.Row);
        w.Write(record.RowGroup.Rows);
        WriteOptional(w, record.Metadata.TextField);
        WriteOptional(w, record.Metadata.Dataset);
        w.Write(record.Metadata.Fields.Count);
        foreach (var field in record.Metadata.Fields)
        {
            w.Write((byte)field.Role);
            WriteText(w, field.Name);
            w.Write(field.Values.Count);
            foreach (var value in field.Values)
            {
                WriteText(w, value);
            }
        }
    }

    public static DatasetRecord? ReadRecord(BinaryReader r)
    {
        if (!r.ReadBoolean())
        {
            return null;
        }

        var location = ReadLocation(r)!;
        var problem = ReadOptional(r);
        var aboutFile = r.ReadBoolean();
        var readFailure = r.ReadBoolean();
        var bytes = r.ReadInt64();
        var raw = r.ReadBoolean() ? r.ReadBytes(r.ReadInt32()) : null;
        var token = r.ReadInt32()..r.ReadInt32();
        var rowGroup = (r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
        var textField = ReadOptional(r);
        var dataset = ReadOptional(r);
        var fields = new MetadataField[r.ReadInt32()];
        for (var i = 0; i < fields.Length; i++)
        {
            var role = (MetadataRole)r.ReadByte();
            var name = ReadText(r);
            var values = new string[r.ReadInt32()];
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = ReadText(r);
            }

            fields[i] = new MetadataField(role, name, values);
        }

        return new DatasetRecord
        {
            Location = location,
            Problem = problem,
            AboutFile = aboutFile,
            IsReadFailure = readFailure,
            Bytes = bytes,
            Raw = raw,
            TextToken = token,
            RowGroup = rowGroup,
            Metadata = new DocumentMetadata(fields, textField, dataset),
        };
    }

    /// <summary>Text as its UTF-16 code units, as the spool keeps all text: lossless for any string.</summary>
    private static void WriteText(BinaryWriter w, string text)
    {
        w.Write(text.Length);
        w.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static string ReadText(BinaryReader r) =>
        string.Create(r.ReadInt32(), r, static (chars, reader) => reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(chars)));

    private static void WriteOptional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            WriteText(w, text);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? ReadText(r) : null;
}
