using CorpusLint.Configuration;
using CorpusLint.Tests.Cli;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Configuration;

/// <summary><c>corpuslint.format</c> and <c>corpuslint.language</c>: how a folder's documents are read, set per section.</summary>
public sealed class CorpusOptionsTests : IDisposable
{
    private const string GermanArticle = "Hafen erhält neue Fähre\n\nDie Stadt hat am Montag eine neue Fähre für die Verbindung zwischen dem Nordkai und der Altstadt vorgestellt. "
        + "Das Schiff soll ab Juni täglich fahren, und die Kosten teilen sich die Stadt und das Land.\n";

    private const string ShortEnglishNote = "Ferry times\n\nEvening crossings: 21:30, 22:15.\n";

    /// <summary>A note whose CL1001 a Markdown comment suppresses: only a document read as Markdown has comments.</summary>
    private const string SuppressedNote = "<!-- corpuslint-disable CL1001 -->\n\nThe council voted on Tuesday to add two evening crossings to the island ferry timetable.\n";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Sections_set_the_format_and_the_language_of_their_documents()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n[de/**]\ncorpuslint.language = DE\n[notes/**]\ncorpuslint.format = markdown\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        var german = provider.GetConfiguration(_cli.Folder.PathOf("de/a.txt"));
        var notes = provider.GetConfiguration(_cli.Folder.PathOf("notes/a.txt"));
        var other = provider.GetConfiguration(_cli.Folder.PathOf("a.txt"));

        Assert.Equal(("de", "German"), (german.Language?.Code, german.Language?.Profile?.Name));
        Assert.Equal(DocumentFormat.Markdown, notes.Format);
        Assert.Equal((null, null), (other.Language, other.Format));
        Assert.NotEqual(german.OptionsFingerprint, other.OptionsFingerprint);
        Assert.Empty(provider.Issues);
    }

    [Fact]
    public void A_txt_folder_declared_markdown_is_read_as_markdown()
    {
        _cli.Folder.Write("notes/note.txt", SuppressedNote);
        _cli.Folder.Write(".editorconfig", "root = true\n");
        Assert.Contains(_cli.Run("lint", "notes", "--no-cache").OutputLines, l => l.Contains("CL1001", StringComparison.Ordinal));

        _cli.Folder.Write(".editorconfig", "root = true\n[notes/**]\ncorpuslint.format = markdown\n");

        Assert.DoesNotContain(_cli.Run("lint", "notes", "--no-cache").OutputLines, l => l.Contains("CL1001", StringComparison.Ordinal));
    }

    /// <summary>A declared language decides what the stop words cannot: a note too short to tell, an article in another language.</summary>
    [Fact]
    public void A_declared_language_decides_whether_bylines_and_dates_are_read_for()
    {
        _cli.Folder.Write("de/notiz.txt", ShortEnglishNote);
        _cli.Folder.Write("en/artikel.txt", GermanArticle);
        _cli.Folder.Write("auto/notiz.txt", ShortEnglishNote);
        _cli.Folder.Write("auto/artikel.txt", GermanArticle);
        _cli.Folder.Write(".editorconfig", "root = true\n[de/**]\ncorpuslint.language = de\n[en/**]\ncorpuslint.language = en\n");

        var reported = _cli.Run("lint", ".", "--no-cache").OutputLines
            .Where(l => l.Contains("CL1001", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]);

        Assert.Equal(["auto/notiz.txt", "en/artikel.txt"], reported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Changing_a_folder_s_language_is_seen_by_the_next_cached_run()
    {
        _cli.Folder.Write("de/artikel.txt", GermanArticle);
        _cli.Folder.Write(".editorconfig", "root = true\n[de/**]\ncorpuslint.language = en\n");
        Assert.Contains(_cli.Run("lint", ".").OutputLines, l => l.Contains("CL1001", StringComparison.Ordinal));

        _cli.Folder.Write(".editorconfig", "root = true\n[de/**]\ncorpuslint.language = de\n");

        Assert.DoesNotContain(_cli.Run("lint", ".").OutputLines, l => l.Contains("CL1001", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("corpuslint.format = html", "'html' is not a format (markdown, text or auto)")]
    [InlineData("corpuslint.language = deutsch", "'deutsch' is not a language (a two-letter ISO 639-1 code")]
    [InlineData("corpuslint.langauge = de", "'corpuslint.langauge': unknown option (CorpusLint's own: corpuslint.format, corpuslint.language")]
    public void A_value_or_key_that_names_nothing_is_a_warning_and_the_document_is_read_as_without_it(string line, string message)
    {
        _cli.Folder.Write(".editorconfig", $"root = true\n[*]\n{line}\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        var configuration = provider.GetConfiguration(_cli.Folder.PathOf("a.md"));

        Assert.Contains(message, Assert.Single(provider.Issues).Message, StringComparison.Ordinal);
        Assert.Equal(3, provider.Issues[0].Line);
        Assert.Equal((null, null), (configuration.Format, configuration.Language));
    }

    [Fact]
    public void Inspect_reads_the_document_as_lint_does()
    {
        _cli.Folder.Write("de/artikel.txt", GermanArticle);
        _cli.Folder.Write(".editorconfig", "root = true\n[de/**]\ncorpuslint.language = de\ncorpuslint.format = markdown\n");

        using var json = System.Text.Json.JsonDocument.Parse(_cli.Run("inspect", "de/artikel.txt").Output);

        var language = json.RootElement.GetProperty("language");
        Assert.Equal(("Markdown", "de", "de", true), (
            json.RootElement.GetProperty("format").GetString(),
            language.GetProperty("declared").GetString(),
            language.GetProperty("detected").GetString(),
            language.GetProperty("plainlyNotEnglish").GetBoolean()));
    }
}
