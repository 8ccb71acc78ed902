using System.Text.Json;
using CorpusLint.Datasets;

namespace CorpusLint.Project;

/// <summary><c>fields</c>: which fields of a dataset's records hold the text and the metadata.</summary>
public sealed partial class ProjectFile
{
    /// <summary>
    /// Reads <c>"fields": { "text": "maintext", "authors": ["authors", "writers"], "date": [] }</c>: for each key, a field
    /// name or a list of them (the first a record has is taken); an empty list turns a metadata role off. A key left out
    /// keeps its defaults.
    /// </summary>
    private FieldMapping ReadFields(JsonElement value, string pointer)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(pointer, $"'fields' must be an object such as {{ \"text\": \"maintext\", \"date\": \"published\" }}, not {Describe(value)}");
            return FieldMapping.Default;
        }

        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var keys = FieldMapping.Keys.Select(k => k.Key).ToList();
        foreach (var member in value.EnumerateObject())
        {
            var memberPointer = JsonPositions.Child(pointer, member.Name);
            if (!keys.Contains(member.Name))
            {
                ErrorAtKey(memberPointer, $"'fields': unknown key '{member.Name}' (expected {string.Join(", ", keys)})");
                continue;
            }

            var list = ReadFieldNames(member.Value, memberPointer, member.Name);
            if (list is null)
            {
                continue;
            }

            if (member.Name == "text" && list.Count == 0)
            {
                Error(memberPointer, "'fields': 'text' needs at least one field name: without it no record has a text to lint");
                continue;
            }

            foreach (var name in list)
            {
                if (!roles.TryAdd(name, member.Name))
                {
                    Error(memberPointer, $"'fields': the field '{name}' is named for both '{roles[name]}' and '{member.Name}'; a field has one role");
                }
            }

            names[member.Name] = list;
        }

        return new FieldMapping(names);
    }

    private List<string>? ReadFieldNames(JsonElement value, string pointer, string key)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString() is { Length: > 0 } name ? [name] : Invalid();
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || v.GetString() is not { Length: > 0 }))
        {
            return Invalid();
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];

        List<string>? Invalid()
        {
            Error(pointer, $"'fields': '{key}' must be a field name or a list of field names, not {Describe(value)}");
            return null;
        }
    }
}
