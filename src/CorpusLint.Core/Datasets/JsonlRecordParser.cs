using System.Globalization;
using System.Text;
using System.Text.Json;
using CorpusLint.Model;

namespace CorpusLint.Datasets;

/// <summary>What one line of JSON Lines holds for the linter: the text, the metadata fields, or why it cannot be linted.</summary>
/// <param name="TextToken">Where the text field's value (with its quotes) stands in the line.</param>
internal readonly record struct ParsedRecord(string? Text, Range TextToken, string? Id, DocumentMetadata Metadata, string? Problem);

/// <summary>
/// Reads one line of JSON Lines with <see cref="Utf8JsonReader"/>, straight from its UTF-8 bytes: only the fields the
/// mapping names are decoded; every other value (nested objects, long arrays) is skipped without being built.
/// </summary>
internal static class JsonlRecordParser
{
    /// <summary>Nesting a record may have; deeper JSON is malformed for a news record and refused, not recursed into.</summary>
    private const int MaxDepth = 64;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    public static ParsedRecord Parse(ReadOnlySpan<byte> line, FieldMapping mapping, string dataset)
    {
        try
        {
            return Read(line, mapping, dataset);
        }
        catch (JsonException e)
        {
            return Problem($"is not valid JSON (at byte {e.BytePositionInLine + 1}: {WithoutPosition(e.Message)})");
        }
        catch (InvalidOperationException)
        {
            // GetString on an escape that is not UTF-16 (a lone surrogate, "\ud800").
            return Problem("holds a \\u escape that is not a character (a lone surrogate)");
        }
    }

    private static ParsedRecord Read(ReadOnlySpan<byte> line, FieldMapping mapping, string dataset)
    {
        var reader = new Utf8JsonReader(line, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Problem($"is not a JSON object but {Describe(reader.TokenType)}");
        }

        string? text = null, textField = null, textProblem = null;
        var textRank = int.MaxValue;
        Range token = default;
        var fields = new SortedDictionary<MetadataRole, (MetadataField Field, int Rank)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (!mapping.TryGetRole(name, out var role, out var rank))
            {
                reader.Skip();
                continue;
            }

            if (role is { } metadataRole)
            {
                var values = ReadValues(ref reader);
                if (!fields.TryGetValue(metadataRole, out var taken) || rank < taken.Rank)
                {
                    fields[metadataRole] = (new MetadataField(metadataRole, name, values), rank);
                }

                continue;
            }

            if (rank >= textRank)
            {
                reader.Skip();
                continue;
            }

            (textRank, textField, text, textProblem) = (rank, name, null, null);
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    text = reader.GetString();
                    token = (int)reader.TokenStartIndex..(int)reader.BytesConsumed;
                    break;
                case JsonTokenType.Null:
                    textProblem = $"has a text field '{name}' that is null";
                    break;
                default:
                    textProblem = $"has a text field '{name}' that is {Describe(reader.TokenType)}, not a string";
                    reader.Skip();
                    break;
            }
        }

        // A second value on the line ("{...} {...}") is refused here: the reader allows one top-level value.
        reader.Read();
        var metadata = new DocumentMetadata([.. fields.Values.Select(f => f.Field)], textField, dataset);
        var id = fields.TryGetValue(MetadataRole.Id, out var idField) && !idField.Field.IsEmpty ? idField.Field.Values[0] : null;
        if (textField is null)
        {
            textProblem = $"has no text field (looked for {string.Join(", ", mapping.TextFields)})";
        }

        return new ParsedRecord(textProblem is null ? text : null, token, id, metadata, textProblem);
    }

    /// <summary>A metadata value as text: a string (trimmed), a number as written, a list's strings and numbers (and its objects' "name"); null and empty give none.</summary>
    private static IReadOnlyList<string> ReadValues(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                return Scalar(ref reader) is { } value ? [value] : [];
            case JsonTokenType.StartArray:
                var values = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = reader.TokenType == JsonTokenType.StartObject ? NameOf(ref reader) : Scalar(ref reader);
                    reader.Skip();
                    if (item is not null)
                    {
                        values.Add(item);
                    }
                }

                return values;
            default:
                reader.Skip();
                return [];
        }
    }

    private static string? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!.Trim() is { Length: > 0 } trimmed ? trimmed : null,
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };

    /// <summary>The "name" of an object in a list (authors written as <c>[{"name": "Jane Roe"}]</c>); leaves the reader on the object's end.</summary>
    private static string? NameOf(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        string? name = null;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                name ??= reader.TokenType == JsonTokenType.String ? Scalar(ref reader) : null;
            }

            reader.Skip();
        }

        return name;
    }

    private static ParsedRecord Problem(string problem) => new(null, default, null, DocumentMetadata.None, problem);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        _ => "nothing",
    };

    /// <summary>System.Text.Json's message without its "LineNumber: 0 | BytePositionInLine: 12." tail, which the caller says better.</summary>
    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut < 0 ? message : message[..cut]).TrimEnd(' ', '.', '|');
        return text.ToString(CultureInfo.InvariantCulture);
    }
}
