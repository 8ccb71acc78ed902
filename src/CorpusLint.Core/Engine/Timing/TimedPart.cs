namespace CorpusLint.Engine.Timing;

/// <summary>What a run spends its time on, for <c>--timings</c>.</summary>
public enum TimedPartKind
{
    /// <summary>A step every document goes through: finding it, reading it, the cache, the report.</summary>
    Step,

    /// <summary>A part of the document model, built once per document by the first rule (or part) that reads it.</summary>
    Model,

    /// <summary>A rule's own work on the model (the parts it reads are timed as theirs).</summary>
    Rule,
}

/// <summary>One thing a run's time is charged to; a rule's name is its ID.</summary>
public readonly record struct TimedPart(TimedPartKind Kind, string Name)
{
    public static TimedPart Rule(string id) => new(TimedPartKind.Rule, id);

    internal static TimedPart Step(string name) => new(TimedPartKind.Step, name);

    internal static TimedPart Model(string name) => new(TimedPartKind.Model, name);
}

/// <summary>The parts the engine and the document model time; rules are timed by their IDs.</summary>
internal static class TimedParts
{
    public static readonly TimedPart Discovery = TimedPart.Step("find documents");
    public static readonly TimedPart Engine = TimedPart.Step("engine (configuration, sorting, results)");
    public static readonly TimedPart Cache = TimedPart.Step("cache");
    public static readonly TimedPart Read = TimedPart.Step("read files");
    public static readonly TimedPart Decode = TimedPart.Step("decode text");
    public static readonly TimedPart Summary = TimedPart.Step("corpus-wide summary");
    public static readonly TimedPart Fix = TimedPart.Step("fixes");
    public static readonly TimedPart Report = TimedPart.Step("report");
    public static readonly TimedPart EndOfRun = TimedPart.Step("corpus-wide pass and report end");

    public static readonly TimedPart Lines = TimedPart.Model("lines and paragraphs");
    public static readonly TimedPart Words = TimedPart.Model("words");
    public static readonly TimedPart Links = TimedPart.Model("links");
    public static readonly TimedPart Sentences = TimedPart.Model("sentences");
    public static readonly TimedPart Languages = TimedPart.Model("languages");
    public static readonly TimedPart Quotations = TimedPart.Model("quotations");
    public static readonly TimedPart Attribution = TimedPart.Model("attribution");
    public static readonly TimedPart AttributionChoice = TimedPart.Model("attribution choice");
    public static readonly TimedPart Names = TimedPart.Model("names");
    public static readonly TimedPart DateScan = TimedPart.Model("date scan");
    public static readonly TimedPart Dates = TimedPart.Model("dates");
    public static readonly TimedPart PublicationDate = TimedPart.Model("publication date");
    public static readonly TimedPart Header = TimedPart.Model("article header");
    public static readonly TimedPart Layout = TimedPart.Model("layout");
    public static readonly TimedPart Mojibake = TimedPart.Model("mojibake");
    public static readonly TimedPart Suppressions = TimedPart.Model("suppressions");
}
