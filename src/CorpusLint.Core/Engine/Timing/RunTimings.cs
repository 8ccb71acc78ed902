namespace CorpusLint.Engine.Timing;

/// <summary>
/// Where a run's time went (<c>--timings</c>, like ESLint's <c>TIMING</c>): each step, part of the document model and
/// rule, summed over the threads that did it. A run given one charges every document it lints; documents served by the
/// cache cost only their lookup.
/// </summary>
public sealed class RunTimings
{
    private readonly ThreadLocal<PartClock> _clocks = new(() => new PartClock(), trackAllValues: true);

    /// <summary>
    /// Charges the parts entered on this thread to this run until disposed. Null (a run not timed) attaches nothing.
    /// </summary>
    public static Attachment Attach(RunTimings? timings)
    {
        var previous = PartClock.Current;
        if (timings is not null)
        {
            PartClock.Current = timings._clocks.Value;
        }

        return new Attachment(previous, timings is not null);
    }

    /// <summary>Every part charged so far, on every thread, the most expensive first.</summary>
    public IReadOnlyList<KeyValuePair<TimedPart, PartTiming>> Totals()
    {
        var totals = new Dictionary<TimedPart, PartTiming>();
        foreach (var clock in _clocks.Values)
        {
            foreach (var (part, timing) in clock.Totals)
            {
                totals[part] = totals.GetValueOrDefault(part).Add(timing);
            }
        }

        return [.. totals
            .OrderByDescending(p => p.Value.Ticks)
            .ThenBy(p => p.Key.Kind)
            .ThenBy(p => p.Key.Name, StringComparer.Ordinal)];
    }

    /// <summary>The threads a run attached; restores the clock the thread had before.</summary>
    public readonly ref struct Attachment
    {
        private readonly PartClock? _previous;
        private readonly bool _attached;

        internal Attachment(PartClock? previous, bool attached) => (_previous, _attached) = (previous, attached);

        public void Dispose()
        {
            if (_attached)
            {
                PartClock.Current = _previous;
            }
        }
    }
}
