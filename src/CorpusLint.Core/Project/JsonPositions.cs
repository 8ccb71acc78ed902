using System.Text;
using System.Text.Json;

namespace CorpusLint.Project;

/// <summary>
/// Where each value and each key of a JSON file starts, by JSON Pointer (<c>/rules/1/pattern</c>), so that a
/// configuration error can name its line and column. <see cref="JsonDocument"/> keeps no positions, so one
/// <see cref="Utf8JsonReader"/> pass records them; the same pass finds keys written twice in one object,
/// which <see cref="JsonDocument"/> would silently accept.
/// </summary>
internal sealed class JsonPositions
{
    private readonly byte[] _utf8;
    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _duplicateKeys = [];

    private JsonPositions(byte[] utf8) => _utf8 = utf8;

    /// <summary>Pointers of keys that appear a second time in their object (each pointing at the second one).</summary>
    public IReadOnlyList<string> DuplicateKeys => _duplicateKeys;

    public static JsonReaderOptions ReaderOptions { get; } = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the positions of <paramref name="utf8"/> (without a BOM).</summary>
    /// <exception cref="JsonException">The text is not JSON; the exception carries the line and byte position.</exception>
    public static JsonPositions Read(byte[] utf8)
    {
        var positions = new JsonPositions(utf8);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var containers = new Stack<Container>();
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var container = containers.Peek();
                    var name = reader.GetString()!;
                    container.Key = $"{container.Pointer}/{Escape(name)}";
                    if (!container.Names.Add(name))
                    {
                        positions._duplicateKeys.Add(container.Key);
                    }

                    positions._keys[container.Key] = start;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var pointer = NextValuePointer(containers);
                    positions._values.TryAdd(pointer, start);
                    containers.Push(new Container(pointer, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    positions._values.TryAdd(NextValuePointer(containers), start);
                    break;
            }
        }

        return positions;
    }

    /// <summary>The 1-based line and column of the value at <paramref name="pointer"/>, or of its nearest enclosing value.</summary>
    public (int Line, int Column) OfValue(string pointer)
    {
        for (var current = pointer; ; current = current[..current.LastIndexOf('/')])
        {
            if (_values.TryGetValue(current, out var offset))
            {
                return ToLineColumn(offset);
            }

            if (current.Length == 0)
            {
                return (1, 1);
            }
        }
    }

    /// <summary>The position of the key of the member at <paramref name="pointer"/> (falls back to its value's).</summary>
    public (int Line, int Column) OfKey(string pointer) =>
        _keys.TryGetValue(pointer, out var offset) ? ToLineColumn(offset) : OfValue(pointer);

    /// <summary>The pointer of a member of an object or an item of an array.</summary>
    public static string Child(string pointer, string name) => $"{pointer}/{Escape(name)}";

    public static string Child(string pointer, int index) => $"{pointer}/{index}";

    private (int Line, int Column) ToLineColumn(int offset)
    {
        var before = _utf8.AsSpan(0, offset);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private static string NextValuePointer(Stack<Container> containers)
    {
        if (containers.Count == 0)
        {
            return string.Empty;
        }

        var container = containers.Peek();
        return container.IsArray ? $"{container.Pointer}/{container.NextIndex++}" : container.Key!;
    }

    // RFC 6901: '~' and '/' inside a key are written ~0 and ~1.
    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private sealed class Container(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }

        public string? Key { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
