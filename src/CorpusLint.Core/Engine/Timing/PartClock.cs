using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CorpusLint.Engine.Timing;

/// <summary>
/// One thread's clock for <c>--timings</c>. The time between two marks goes to the innermost part open at the time, so a
/// part that reads another (the layout reads the attribution model, a rule reads the layout) is charged only its own
/// work, and time with no part open (a worker waiting for documents) goes to none. A thread without a clock (no
/// <c>--timings</c>) pays a thread-static read per part.
/// </summary>
internal sealed class PartClock
{
    [ThreadStatic]
    private static PartClock? t_current;

    private readonly Dictionary<TimedPart, PartTiming> _totals = [];
    private readonly Stack<TimedPart> _open = new();
    private readonly Func<long> _timestamp;
    private long _markedAt;

    /// <summary>A clock reading <paramref name="timestamp"/> (tests); <see cref="Stopwatch.GetTimestamp"/> by default.</summary>
    internal PartClock(Func<long>? timestamp = null) => _timestamp = timestamp ?? Stopwatch.GetTimestamp;

    /// <summary>The clock parts entered on this thread are charged to; null when the run is not timed.</summary>
    internal static PartClock? Current
    {
        get => t_current;
        set => t_current = value;
    }

    /// <summary>Every part this clock has charged, with its time and how often it was entered.</summary>
    public IReadOnlyDictionary<TimedPart, PartTiming> Totals => _totals;

    /// <summary>Starts <paramref name="part"/> on this thread's clock, if it has one; disposing the scope ends it.</summary>
    public static Scope Enter(TimedPart part)
    {
        var clock = t_current;
        clock?.Open(part, counted: true);
        return new Scope(clock);
    }

    /// <summary>Like <see cref="Enter"/> for a part already entered once for the same item (not counted again).</summary>
    public static Scope Continue(TimedPart part)
    {
        var clock = t_current;
        clock?.Open(part, counted: false);
        return new Scope(clock);
    }

    private void Open(TimedPart part, bool counted)
    {
        Charge(_timestamp());
        _open.Push(part);
        ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(_totals, part, out _);
        total = total with { Count = total.Count + (counted ? 1 : 0) };
    }

    private void Close()
    {
        Charge(_timestamp());
        _open.Pop();
    }

    private void Charge(long now)
    {
        if (_open.TryPeek(out var running))
        {
            ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(_totals, running, out _);
            total = total with { Ticks = total.Ticks + (now - _markedAt) };
        }

        _markedAt = now;
    }

    /// <summary>A part open on a clock; ends it when disposed (also when the part throws).</summary>
    public readonly ref struct Scope
    {
        private readonly PartClock? _clock;

        internal Scope(PartClock? clock) => _clock = clock;

        public void Dispose() => _clock?.Close();
    }
}
