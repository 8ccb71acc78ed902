namespace CorpusLint.Tests.Infrastructure;

/// <summary>
/// A paragraph of news prose in each language the stop-word profiles know, the same story in each (a city presents a
/// new ferry), long enough for the document to read as that language: the text the language-dependent tests put their
/// line above or their phrase into.
/// </summary>
public static class ForeignProse
{
    private static readonly Dictionary<string, (string Before, string After)> Halves = new()
    {
        ["de"] = ("Die Stadt hat eine neue Fähre für die Verbindung zwischen dem Nordkai und der Altstadt vorgestellt, und", "wurde sie mit den Gästen auf dem Schiff gefeiert. Die Kosten teilen sich die Stadt und das Land."),
        ["fr"] = ("La ville a présenté un nouveau bateau pour la liaison entre le quai nord et la vieille ville, et", "il a été fêté avec les invités sur le quai. Le maire a dit que les billets seront moins chers pour les habitants."),
        ["es"] = ("La ciudad presentó un nuevo barco para la conexión entre el muelle norte y el casco antiguo, y", "se celebró con los invitados en el muelle. El alcalde dijo que los billetes serán más baratos para los vecinos."),
        ["pt"] = ("A prefeitura apresentou uma nova balsa para a ligação entre o cais norte e o centro histórico, e", "foi celebrada com os convidados no cais. O prefeito disse que os bilhetes serão mais baratos para os moradores."),
        ["it"] = ("Il comune ha presentato un nuovo traghetto per il collegamento tra il molo nord e il centro storico, e", "è stato festeggiato con gli ospiti sul molo. Il sindaco ha detto che i biglietti saranno più economici per i cittadini."),
        ["nl"] = ("De stad heeft een nieuwe veerboot voor de verbinding tussen de noordkade en de oude stad gepresenteerd, en", "werd het gevierd met de gasten op de kade. De burgemeester zei dat de kaartjes voor de inwoners goedkoper worden."),
        ["ru"] = ("В понедельник город представил новый паром, который будет ходить между северным причалом и старым городом, и", "его отметили с гостями на причале. Мэр сказал, что билеты для жителей города будут дешевле."),
        ["en"] = ("The city presented a new ferry for the crossing between the north quay and the old town, and", "it was celebrated with the guests on the quay. The mayor said the tickets would be cheaper for the residents."),
    };

    /// <summary>The paragraph in <paramref name="language"/> (an ISO 639-1 code), with <paramref name="phrase"/> in its middle when one is given.</summary>
    public static string In(string language, string phrase = "") =>
        phrase.Length == 0 ? $"{Halves[language].Before} {Halves[language].After}" : $"{Halves[language].Before} {phrase} {Halves[language].After}";
}
