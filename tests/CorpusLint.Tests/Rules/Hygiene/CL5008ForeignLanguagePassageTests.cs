using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Hygiene;

public class CL5008ForeignLanguagePassageTests
{
    private const string English =
        "The European Commission approved funding on Wednesday for the railway between Belgrade and Bar, a line that was built in the 1970s.\n\n"
        + "The project will cut the journey from twelve hours to about seven, officials said, and the work should be finished by 2027.\n\n";

    private readonly CL5008ForeignLanguagePassage _rule = new();

    [Fact]
    public void Fires_on_an_italian_bio_under_an_english_article() =>
        RuleTester.AssertFiresAt(
            _rule,
            English + "Marco Bianchi è un giornalista che vive a Belgrado. Ha studiato relazioni internazionali presso l’Università di Bologna e scrive sui Balcani.\n",
            (5, 1));

    [Theory]
    [InlineData("Spanish", "El ministro dijo que el proyecto es muy importante para la región y que las obras empezarán en marzo del próximo año.")]
    [InlineData("French", "Le ministre a dit que le projet est très important pour la région et que les travaux commenceront au mois de mars.")]
    [InlineData("German", "Der Minister sagte, dass das Projekt für die Region sehr wichtig ist und die Arbeiten im März beginnen werden.")]
    [InlineData("Portuguese", "O ministro disse que o projeto é muito importante para a região e que as obras vão começar em março do próximo ano.")]
    [InlineData("Dutch", "De minister zei dat het project voor de regio heel belangrijk is en dat de werken in maart van volgend jaar beginnen.")]
    [InlineData("Serbo-Croatian", "Ministar je rekao da je projekat veoma važan za region i da će radovi početi u martu sljedeće godine, ali još nije sigurno.")]
    [InlineData("Russian", "Министр сказал, что этот проект очень важен для региона и что работы начнутся в марте, если не будет никаких проблем.")]
    public void Names_the_language(string language, string paragraph)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, English + paragraph + "\n"));
        Assert.Equal($"Paragraph reads as {language} in a document in English", diagnostic.Message);
    }

    [Theory]
    [InlineData("“Bella ciao,” sang a group of Italian engineers at the ceremony on the platform of the new station.")]
    [InlineData("Marco Bianchi\n")]
    [InlineData("The minister, speaking in Italian, said the project was “un passo avanti per tutti noi” and thanked the engineers who built the line.")]
    [InlineData("Team: C Paterson; S Webster, A Craig, H Southwell, S Lamont; D Parks, M Blair; T Smith, D Hall, B Douglas, S Murray, A Hogg.")]
    [InlineData("Il ministro è arrivato.")]
    [InlineData("  • Notícias do dia\n  • Política e economia\n  • Esportes da semana\n  • Cultura e lazer\n  • Saúde e bem-estar\n  • Opinião dos leitores\n")] // a menu's entries are names
    public void Silent_on(string paragraph) => RuleTester.AssertSilent(_rule, English + paragraph + "\n");

    [Fact]
    public void Silent_on_a_document_wholly_in_another_language() =>
        RuleTester.AssertSilent(
            _rule,
            "Il ministro ha detto che il progetto è molto importante per la regione e che i lavori inizieranno a marzo.\n\n"
            + "Secondo il governo, la nuova linea sarà pronta entro il 2027 e ridurrà di molto i tempi del viaggio.\n");

    [Fact]
    public void Min_words_is_an_option()
    {
        var text = English + "Il ministro è arrivato ieri, ed è molto contento della visita.\n";
        Assert.Empty(RuleTester.Lint(_rule, text));
        Assert.Single(RuleTester.Lint(_rule, text, options: new Dictionary<string, string> { ["min_words"] = "6" }));
        Assert.Contains(_rule.Options, o => o.Name == "min_words" && o.DefaultValue == "12");
    }

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL5008.txt");
}
