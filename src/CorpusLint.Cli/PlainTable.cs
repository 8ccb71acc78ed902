using Spectre.Console;

namespace CorpusLint.Cli;

/// <summary>Writes a Spectre.Console table as plain text (no colour, no terminal codes) to any writer: a log reads it as a terminal shows it.</summary>
internal static class PlainTable
{
    public static void Write(TextWriter output, Table table)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        terminal.Profile.Width = 120;
        terminal.Write(table);
    }
}
