using CorpusLint.Model;

namespace CorpusLint.Datasets;

/// <summary>
/// Which fields of a dataset record hold the article's text and its metadata: for each role, the field names to look
/// for, the first one a record has winning. The defaults find the names news crawlers (news-please: <c>maintext</c>,
/// <c>authors</c>, <c>date_publish</c>) and dataset hubs (<c>text</c>, <c>title</c>, <c>date</c>, <c>url</c>) use;
/// <c>corpuslint.json</c>'s <c>fields</c> replaces them role by role. Names are matched without regard to case.
/// </summary>
public sealed class FieldMapping
{
    /// <summary>The keys of <c>corpuslint.json</c>'s <c>fields</c>, with the role each maps (null for the text).</summary>
    public static readonly IReadOnlyList<(string Key, MetadataRole? Role, IReadOnlyList<string> Defaults)> Keys =
    [
        ("text", null, ["text", "maintext", "content", "body", "article"]),
        ("id", MetadataRole.Id, ["id", "_id"]),
        ("title", MetadataRole.Title, ["title", "headline"]),
        ("authors", MetadataRole.Authors, ["authors", "author", "byline"]),
        ("date", MetadataRole.PublicationDate, ["date_publish", "published", "date", "publish_date", "date_published", "published_at"]),
        ("updated", MetadataRole.UpdateDate, ["date_modify", "modified", "updated", "date_modified", "updated_at"]),
        ("source", MetadataRole.Source, ["source"]),
        ("site", MetadataRole.Site, ["source_domain", "domain", "site"]),
        ("url", MetadataRole.Url, ["url", "link"]),
        ("language", MetadataRole.Language, ["language", "lang", "language_code"]),
    ];

    private readonly Dictionary<string, (MetadataRole? Role, int Rank)> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="names">Field names per key of <see cref="Keys"/>; a key left out keeps its defaults, an empty list turns the role off.</param>
    public FieldMapping(IReadOnlyDictionary<string, IReadOnlyList<string>>? names = null)
    {
        // Names given in the project come first: a default of another role ("date") named for one ("updated") follows the project.
        foreach (var explicitly in new[] { true, false })
        {
            foreach (var (key, role, defaults) in Keys)
            {
                IReadOnlyList<string>? list = null;
                var given = names is not null && names.TryGetValue(key, out list);
                if (given != explicitly)
                {
                    continue;
                }

                var fields = list ?? defaults;
                if (role is null)
                {
                    TextFields = fields;
                }

                for (var rank = 0; rank < fields.Count; rank++)
                {
                    _byName.TryAdd(fields[rank], (role, rank));
                }
            }
        }

        TextFields ??= [];
    }

    public static FieldMapping Default { get; } = new();

    /// <summary>The names the text is looked for under, in order (for messages).</summary>
    public IReadOnlyList<string> TextFields { get; }

    /// <summary>What the field <paramref name="name"/> is for, and its rank among its role's names (0 is taken first).</summary>
    public bool TryGetRole(string name, out MetadataRole? role, out int rank)
    {
        if (_byName.TryGetValue(name, out var found))
        {
            (role, rank) = found;
            return true;
        }

        (role, rank) = (null, 0);
        return false;
    }
}
