using System.Globalization;

namespace CorpusLint.Quality;

/// <summary>A text-bound annotation (<c>T</c> line): type and one or more [start, end) fragments, in code points.</summary>
public sealed record BratSpan(string Id, string Type, IReadOnlyList<(int Start, int End)> Fragments, string Text)
{
    public int Start => Fragments[0].Start;

    public int End => Fragments[^1].End;
}

/// <summary>An event (<c>E</c> line): its trigger and role arguments, e.g. Attribution:T4 Content:T3 Cue:T2 Source:T1.</summary>
public sealed record BratEvent(string Id, string TriggerRole, string TriggerId, IReadOnlyList<(string Role, string SpanId)> Arguments);

/// <summary>
/// A brat standoff (<c>.ann</c>) file: <c>T</c> lines (<c>T1\tType start end[;start end...]\ttext</c>)
/// and <c>E</c> lines (<c>E1\tRole:T4 Role:T3 ...</c>, the first pair being the trigger). Other lines
/// (relations, attributes, notes) are ignored. Offsets are Python string indices: Unicode code points.
/// </summary>
public sealed class BratDocument
{
    private BratDocument(IReadOnlyDictionary<string, BratSpan> spans, IReadOnlyList<BratEvent> events)
    {
        Spans = spans;
        Events = events;
    }

    public IReadOnlyDictionary<string, BratSpan> Spans { get; }

    public IReadOnlyList<BratEvent> Events { get; }

    public static BratDocument Parse(string ann)
    {
        var spans = new Dictionary<string, BratSpan>(StringComparer.Ordinal);
        var events = new List<BratEvent>();
        var number = 0;
        foreach (var raw in ann.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (line[0] == 'T' && fields.Length >= 2)
            {
                var head = fields[1];
                var space = head.IndexOf(' ', StringComparison.Ordinal);
                if (space <= 0)
                {
                    throw new FormatException($"line {number}: no offsets in '{line}'");
                }

                var fragments = new List<(int, int)>();
                foreach (var fragment in head[(space + 1)..].Split(';'))
                {
                    var bounds = fragment.Trim().Split(' ');
                    if (bounds.Length != 2
                        || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                        || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                        || end < start)
                    {
                        throw new FormatException($"line {number}: bad offsets '{fragment}'");
                    }

                    fragments.Add((start, end));
                }

                spans[fields[0]] = new BratSpan(fields[0], head[..space], fragments, fields.Length > 2 ? fields[2] : "");
            }
            else if (line[0] == 'E' && fields.Length >= 2)
            {
                var pairs = new List<(string, string)>();
                foreach (var argument in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var colon = argument.LastIndexOf(':');
                    if (colon <= 0)
                    {
                        throw new FormatException($"line {number}: bad argument '{argument}'");
                    }

                    pairs.Add((argument[..colon], argument[(colon + 1)..]));
                }

                if (pairs.Count == 0)
                {
                    throw new FormatException($"line {number}: event without trigger");
                }

                events.Add(new BratEvent(fields[0], pairs[0].Item1, pairs[0].Item2, pairs.Skip(1).ToList()));
            }
        }

        return new BratDocument(spans, events);
    }

    /// <summary>
    /// The Content spans of attribution events that name a Source (roles Content, Content2, ... and
    /// Source; the trigger is the Attribution span).
    /// </summary>
    public IReadOnlyList<BratSpan> SourcedContents()
    {
        var contents = new List<BratSpan>();
        foreach (var e in Events)
        {
            var roles = e.Arguments.Append((e.TriggerRole, e.TriggerId)).ToList();
            if (!roles.Any(r => r.Item1.StartsWith("Source", StringComparison.Ordinal) && Spans.ContainsKey(r.Item2)))
            {
                continue;
            }

            foreach (var (role, id) in roles)
            {
                if (role.StartsWith("Content", StringComparison.Ordinal) && Spans.TryGetValue(id, out var span))
                {
                    contents.Add(span);
                }
            }
        }

        return contents;
    }
}
