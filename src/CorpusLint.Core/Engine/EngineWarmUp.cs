using CorpusLint.Model;

namespace CorpusLint.Engine;

/// <summary>
/// Lints a short built-in article on a spare thread while the command line is read, the configuration resolved and the
/// corpus found, so that the tables the model and the rules build once (boilerplate phrases, stop words, date words,
/// the rules' own word lists) are ready before the first document reaches a worker. Without it the first documents of
/// every run waited on those one-time constructors one after another, with nothing else to do: most of a one-article
/// run (the pre-commit case) after the process's own start (benchmarks/README.md). The result is dropped; a failure is
/// the real run's to meet.
/// </summary>
public static class EngineWarmUp
{
    /// <summary>An article with what most parts of the model look for: a headline, a byline, a dateline, quotations, a link and chrome.</summary>
    internal const string Article = """
        Harbour ferry fares rise for the first time in a decade

        By Ana Ruiz
        Published March 3, 2024

        LISBON (Reuters) - The city council voted on Tuesday to raise ferry fares by 10 percent, officials said.
        "It was overdue," said Mayor Lena Ortiz, who spoke after the vote. Critics called it "a tax on commuters".

        The new fares take effect next month ([timetable](https://example.org/ferries)).

        Subscribe to our newsletter | Privacy Policy | Contact us
        """;

    /// <summary>Starts the warm-up on a background thread, which never keeps the process alive.</summary>
    public static void Start(LintEngine engine)
    {
        var thread = new Thread(() => Run(engine)) { IsBackground = true, Name = "CorpusLint warm-up" };
        thread.Start();
    }

    /// <summary>What the warm-up lints: the built-in article with every rule at its default severity.</summary>
    internal static DocumentResult Lint(LintEngine engine) =>
        engine.Lint(Document.FromText("warm-up.txt", Article), engine.Configuration.Defaults);

    private static void Run(LintEngine engine)
    {
        try
        {
            Lint(engine);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing to report: the run lints real documents with the same rules and meets the same failure there.
        }
    }
}
