using System.Text;
using System.Text.Json;
using CorpusLint.Rules;

namespace CorpusLint.Project;

/// <summary>
/// Reads and checks <c>corpuslint.json</c>. Every mistake is collected (not just the first) with its line and
/// column, the rule it belongs to and what would be right; any mistake makes the project unusable
/// (<see cref="ProjectConfigurationException"/>, exit 2): a corpus linted with half its configuration would pass
/// CI while checking less than its owners think. Comments and trailing commas are allowed.
/// Each top-level key has one reader in <see cref="TopLevelKeys"/>; a new key (the JSONL field mapping, ...) is
/// one more entry there, one property on <see cref="CorpusProject"/> and one in the schema
/// (<c>schemas/corpuslint.schema.json</c>, which a test keeps in step with this class).
/// </summary>
public sealed partial class ProjectFile
{
    private static readonly Dictionary<string, Action<ProjectFile, JsonElement, string>> TopLevelKeys = new(StringComparer.Ordinal)
    {
        ["$schema"] = (file, value, pointer) => file.ReadString(value, pointer, "'$schema'"),
        ["include"] = (file, value, pointer) => file._include = file.ReadIncludes(value, pointer),
        ["exclude"] = (file, value, pointer) => file._exclude = file.ReadGlobs(value, pointer, "exclude") ?? [],
        ["cacheDir"] = (file, value, pointer) => file._cacheDirectory = file.ReadPath(value, pointer, "cacheDir") ?? file._cacheDirectory,
        ["baseline"] = (file, value, pointer) => file._baseline = file.ReadPath(value, pointer, "baseline"),
        ["customRules"] = (file, value, pointer) => file._customRules = file.ReadFolder(value, pointer, "customRules"),
        ["rules"] = (file, value, pointer) => file.ReadRules(value, pointer),
        ["fields"] = (file, value, pointer) => file._fields = file.ReadFields(value, pointer),
    };

    private readonly string _path;
    private readonly string _root;
    private readonly JsonPositions _positions;
    private readonly List<ProjectError> _errors = [];

    private IReadOnlyList<string>? _include;
    private IReadOnlyList<string> _exclude = [];
    private string _cacheDirectory;
    private string? _baseline;
    private string? _customRules;
    private readonly List<Rule> _rules = [];
    private string _rulesFingerprint = string.Empty;
    private Datasets.FieldMapping _fields = Datasets.FieldMapping.Default;

    private ProjectFile(string path, JsonPositions positions)
    {
        _path = path;
        _root = Path.GetDirectoryName(path)!;
        _positions = positions;
        _cacheDirectory = Path.GetFullPath(CorpusProject.DefaultCacheDirectory, _root);
    }

    /// <summary>Loads the project file at <paramref name="path"/>.</summary>
    /// <exception cref="ProjectConfigurationException">The file cannot be read or has mistakes; each is named with its position.</exception>
    public static CorpusProject Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProjectConfigurationException(new ProjectError(fullPath, 0, 0, $"cannot read the project file: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}"));
        }

        // A BOM is not JSON, but editors write one; positions count from after it.
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        JsonPositions positions;
        JsonDocument document;
        try
        {
            positions = JsonPositions.Read(bytes);
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new ProjectConfigurationException(new ProjectError(fullPath, line, column, $"invalid JSON: {WithoutPosition(e.Message)}"));
        }

        using (document)
        {
            var file = new ProjectFile(fullPath, positions);
            file.Read(document.RootElement);
            if (file._errors.Count > 0)
            {
                throw new ProjectConfigurationException([.. file._errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
            }

            return new CorpusProject
            {
                FilePath = fullPath,
                RootDirectory = file._root,
                Files = CorpusFileSet.Create(file._root, file._include, file._exclude),
                CacheDirectory = file._cacheDirectory,
                BaselinePath = file._baseline,
                CustomRulesDirectory = file._customRules,
                DeclarativeRules = file._rules,
                DeclarativeRulesFingerprint = file._rulesFingerprint,
                Fields = file._fields,
            };
        }
    }

    private void Read(JsonElement root)
    {
        foreach (var duplicate in _positions.DuplicateKeys)
        {
            ErrorAtKey(duplicate, $"'{duplicate[(duplicate.LastIndexOf('/') + 1)..]}' is written twice in the same object; keep one");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Error(string.Empty, "the project file must hold one JSON object ({ \"include\": [...], \"rules\": [...] })");
            return;
        }

        foreach (var member in root.EnumerateObject())
        {
            var pointer = JsonPositions.Child(string.Empty, member.Name);
            if (TopLevelKeys.TryGetValue(member.Name, out var reader))
            {
                reader(this, member.Value, pointer);
            }
            else
            {
                ErrorAtKey(pointer, $"unknown key '{member.Name}' (expected {string.Join(", ", TopLevelKeys.Keys)})");
            }
        }
    }

    private string? ReadString(JsonElement value, string pointer, string what)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        Error(pointer, $"{what} must be a string, not {Describe(value)}");
        return null;
    }

    private IReadOnlyList<string>? ReadGlobs(JsonElement value, string pointer, string key)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(pointer, $"'{key}' must be an array of globs such as [\"articles/**/*.txt\"], not {Describe(value)}");
            return null;
        }

        var globs = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPointer = JsonPositions.Child(pointer, index++);
            if (ReadString(item, itemPointer, $"'{key}'[{index - 1}]") is not { } glob)
            {
                continue;
            }

            if (CorpusFileSet.CheckGlob(glob) is { } problem)
            {
                Error(itemPointer, $"'{key}': bad glob '{glob}': {problem}");
            }
            else
            {
                globs.Add(glob);
            }
        }

        return globs;
    }

    private IReadOnlyList<string>? ReadIncludes(JsonElement value, string pointer)
    {
        var globs = ReadGlobs(value, pointer, "include");
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
        {
            Error(pointer, $"'include' is empty, so no file would be linted; leave the key out for the defaults ({string.Join(", ", Engine.DocumentDiscovery.DefaultIncludes)})");
        }

        return globs;
    }

    private string? ReadPath(JsonElement value, string pointer, string key)
    {
        if (ReadString(value, pointer, $"'{key}'") is not { } path)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0'))
        {
            Error(pointer, $"'{key}' must be a path relative to the folder of {CorpusProject.FileName}");
            return null;
        }

        return Path.GetFullPath(path, _root);
    }

    private string? ReadFolder(JsonElement value, string pointer, string key)
    {
        if (ReadPath(value, pointer, key) is not { } folder)
        {
            return null;
        }

        if (!Directory.Exists(folder))
        {
            Error(pointer, $"'{key}': folder not found: {ProjectPaths.Display(_root, folder)} (relative to the folder of {CorpusProject.FileName})");
            return null;
        }

        return folder;
    }

    private void Error(string pointer, string message)
    {
        var (line, column) = _positions.OfValue(pointer);
        _errors.Add(new ProjectError(_path, line, column, message));
    }

    private void ErrorAtKey(string pointer, string message)
    {
        var (line, column) = _positions.OfKey(pointer);
        _errors.Add(new ProjectError(_path, line, column, message));
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    // System.Text.Json appends "LineNumber: 2 | BytePositionInLine: 5." to its messages; the position is printed in front instead.
    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
