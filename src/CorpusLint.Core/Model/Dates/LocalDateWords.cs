using System.Collections.Frozen;
using CorpusLint.Language;

namespace CorpusLint.Model.Dates;

/// <summary>
/// Month and weekday names of a language the stop-word profiles know besides English, read in documents in that language
/// (declared, or shown by their stop words): a month after its day ("12. März 2025", "12 mars 2025", "12 de marzo de
/// 2025", "24 сентября 2018"), a weekday before such a date ("Montag, 12. März 2025", "sexta-feira, 22 de outubro de
/// 2010"). Only in those shapes, and in any case (French, Spanish, Portuguese, Italian, Dutch and Russian write them in
/// lower case): a lone "mars", "mai" or "lunedì" is no date the scanner reads, so nothing is read as a relative day.
/// </summary>
internal sealed class LocalDateWords
{
    private static readonly FrozenDictionary<string, LocalDateWords> ByLanguage = new Dictionary<string, LocalDateWords>(StringComparer.Ordinal)
    {
        ["de"] = new(
            months: "januar jänner | februar | märz | april | mai | juni | juli | august | september | oktober | november | dezember",
            abbreviations: "jan | feb | mär | apr | - | jun | jul | aug | sep sept | okt | nov | dez",
            weekdays: "sonntag | montag | dienstag | mittwoch | donnerstag | freitag | samstag sonnabend",
            dayTakesPeriod: true,
            dottedNumbers: true),
        ["fr"] = new(
            months: "janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre | novembre | décembre",
            abbreviations: "janv | févr fév | - | avr | - | - | juil | - | sept | oct | nov | déc",
            weekdays: "dimanche | lundi | mardi | mercredi | jeudi | vendredi | samedi"),
        ["es"] = new(
            months: "enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre setiembre | octubre | noviembre | diciembre",
            abbreviations: "ene | feb | mar | abr | - | jun | jul | ago | sep sept | oct | nov | dic",
            weekdays: "domingo | lunes | martes | miércoles | jueves | viernes | sábado",
            connectors: "de del"),
        ["pt"] = new(
            months: "janeiro | fevereiro | março | abril | maio | junho | julho | agosto | setembro | outubro | novembro | dezembro",
            abbreviations: "jan | fev | mar | abr | mai | jun | jul | ago | set | out | nov | dez",
            weekdays: "domingo | segunda-feira | terça-feira | quarta-feira | quinta-feira | sexta-feira | sábado",
            connectors: "de"),
        ["it"] = new(
            months: "gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | agosto | settembre | ottobre | novembre | dicembre",
            abbreviations: "gen | feb | mar | apr | mag | giu | lug | ago | set sett | ott | nov | dic",
            weekdays: "domenica | lunedì | martedì | mercoledì | giovedì | venerdì | sabato"),
        ["nl"] = new(
            months: "januari | februari | maart | april | mei | juni | juli | augustus | september | oktober | november | december",
            abbreviations: "jan | feb | mrt | apr | - | jun | jul | aug | sep sept | okt | nov | dec",
            weekdays: "zondag | maandag | dinsdag | woensdag | donderdag | vrijdag | zaterdag"),
        ["ru"] = new(
            months: "января | февраля | марта | апреля | мая | июня | июля | августа | сентября | октября | ноября | декабря",
            abbreviations: "янв | фев | мар | апр | - | июн | июл | авг | сен сент | окт | ноя | дек",
            weekdays: "воскресенье | понедельник | вторник | среда | четверг | пятница | суббота",
            dottedNumbers: true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private LocalDateWords(string months, string abbreviations, string weekdays, bool dayTakesPeriod = false, bool dottedNumbers = false, string connectors = "")
    {
        DottedNumbers = dottedNumbers;
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        AddNames(words, months, DateWordKind.Month, abbreviated: false, first: 1);
        AddNames(words, abbreviations, DateWordKind.Month, abbreviated: true, first: 1);
        AddNames(words, weekdays, DateWordKind.Weekday, abbreviated: false, first: (int)DayOfWeek.Sunday);
        Words = new WordTable<DateWord>(words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
        DayTakesPeriod = dayTakesPeriod;
        Connectors = connectors.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public WordTable<DateWord> Words { get; }

    /// <summary>Whether the day is written as an ordinal with a full stop ("12. März"), as German writes it.</summary>
    public bool DayTakesPeriod { get; }

    /// <summary>Whether a date in numbers is day first with full stops ("25.09.2018"), as German and Russian write it.</summary>
    public bool DottedNumbers { get; }

    /// <summary>Words between day, month and year ("12 de marzo de 2025"): Spanish and Portuguese "de".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors { get; }

    /// <summary>The names of <paramref name="language"/>, or null for English (the scanner's own) and languages without a table.</summary>
    public static LocalDateWords? For(LanguageProfile? language) =>
        language is not null && ByLanguage.TryGetValue(language.Code, out var words) ? words : null;

    /// <summary>Names separated by '|' in order (a month's, a weekday's), alternatives by ' ', '-' for none.</summary>
    private static void AddNames(Dictionary<string, DateWord> words, string names, DateWordKind kind, bool abbreviated, int first)
    {
        var slots = names.Split('|', StringSplitOptions.TrimEntries);
        for (var slot = 0; slot < slots.Length; slot++)
        {
            foreach (var name in slots[slot].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (name != "-")
                {
                    words.TryAdd(name, new DateWord(kind, (sbyte)(first + slot), abbreviated));
                }
            }
        }
    }
}
