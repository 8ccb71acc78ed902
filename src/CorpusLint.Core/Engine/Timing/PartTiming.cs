using System.Diagnostics;

namespace CorpusLint.Engine.Timing;

/// <summary>The time charged to a part (in <see cref="Stopwatch"/> ticks) and how many times it was entered.</summary>
public readonly record struct PartTiming(long Ticks, int Count)
{
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Ticks);

    public PartTiming Add(PartTiming other) => new(Ticks + other.Ticks, Count + other.Count);
}
