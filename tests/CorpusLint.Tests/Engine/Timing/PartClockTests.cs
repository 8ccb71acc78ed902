using CorpusLint.Engine.Timing;

namespace CorpusLint.Tests.Engine.Timing;

public sealed class PartClockTests
{
    private static readonly TimedPart Outer = TimedPart.Rule("OUTER");
    private static readonly TimedPart Inner = TimedPart.Rule("INNER");

    private long _now;

    [Fact]
    public void A_part_is_charged_only_the_time_the_parts_it_opens_do_not_take()
    {
        var clock = Attach();

        At(100);
        using (PartClock.Enter(Outer))
        {
            At(110);
            using (PartClock.Enter(Inner))
            {
                At(125);
            }

            At(130);
        }

        Assert.Equal(new PartTiming(15, 1), clock.Totals[Outer]); // 100-110 and 125-130
        Assert.Equal(new PartTiming(15, 1), clock.Totals[Inner]);
    }

    [Fact]
    public void Time_with_no_part_open_is_charged_to_none()
    {
        var clock = Attach();

        At(0);
        using (PartClock.Enter(Outer))
        {
            At(5);
        }

        At(1_000);
        using (PartClock.Enter(Outer))
        {
            At(1_003);
        }

        Assert.Equal(new PartTiming(8, 2), Assert.Single(clock.Totals).Value);
    }

    [Fact]
    public void A_part_that_throws_is_closed_and_its_caller_charged_from_then_on()
    {
        var clock = Attach();

        At(0);
        using (PartClock.Enter(Outer))
        {
            At(10);
            Assert.Throws<InvalidOperationException>(Fail);
            At(40);
        }

        Assert.Equal(new PartTiming(38, 1), clock.Totals[Outer]);
        Assert.Equal(new PartTiming(2, 1), clock.Totals[Inner]);
    }

    [Fact]
    public void A_continued_part_adds_time_but_not_a_count()
    {
        var clock = Attach();

        At(0);
        using (PartClock.Enter(Outer))
        {
            At(4);
        }

        using (PartClock.Continue(Outer))
        {
            At(10);
        }

        Assert.Equal(new PartTiming(10, 1), clock.Totals[Outer]);
    }

    [Fact]
    public void Without_a_clock_entering_a_part_does_nothing()
    {
        PartClock.Current = null;

        using (PartClock.Enter(Outer))
        {
            Assert.Null(PartClock.Current);
        }
    }

    private void Fail()
    {
        using var failing = PartClock.Enter(Inner);
        At(12);
        throw new InvalidOperationException("a rule's defect");
    }

    private PartClock Attach()
    {
        var clock = new PartClock(() => _now);
        PartClock.Current = clock;
        return clock;
    }

    private void At(long timestamp) => _now = timestamp;
}
