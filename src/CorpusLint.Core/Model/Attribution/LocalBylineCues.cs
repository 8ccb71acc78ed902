using System.Collections.Frozen;
using CorpusLint.Language;

namespace CorpusLint.Model.Attribution;

/// <summary>
/// The byline cues of a language the stop-word profiles know besides English, read in documents in that language
/// (declared, or shown by their stop words): a preposition before the name ("Von Anna Berger", "Par Anne Berger", "Por
/// Ana Ruiz", "Di Anna Rossi", "Door Anna de Vries") or a label with a colon ("Autor: …", "Texte : …", "Текст: …"), and
/// the words a dateline goes on with after the name ("Von Anna Berger publiziert am 25. September 2018").
/// </summary>
internal sealed class LocalBylineCues
{
    private static readonly FrozenDictionary<string, LocalBylineCues> ByLanguage = new Dictionary<string, LocalBylineCues>(StringComparer.Ordinal)
    {
        ["de"] = new("Von VON Autor Autorin Text", "publiziert veröffentlicht aktualisiert erschienen am um"),
        ["fr"] = new("Par PAR Auteur Autrice Texte", "publié publiée mis le à"),
        ["es"] = new("Por POR Autor Autora Texto", "publicado publicada actualizado el a"),
        ["pt"] = new("Por POR Autor Autora Texto", "publicado publicada atualizado em às"),
        ["it"] = new("Di DI Autore Autrice Testo", "pubblicato pubblicata aggiornato il alle"),
        ["nl"] = new("Door DOOR Auteur Tekst", "gepubliceerd bijgewerkt op om"),
        ["ru"] = new("Автор Текст", "опубликовано обновлено в"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private LocalBylineCues(string cues, string datelineWords)
    {
        Cues = cues.Split(' ').ToFrozenSet(StringComparer.Ordinal);
        DatelineWords = datelineWords.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cues, as written (a preposition capitalised or in capitals, a label capitalised).</summary>
    public FrozenSet<string> Cues { get; }

    /// <summary>Words that go on from a byline's name into its dateline: labels ("publiziert") and link words ("am").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DatelineWords { get; }

    /// <summary>The cues of <paramref name="language"/>, or null for English (the scanner's own) and languages without any.</summary>
    public static LocalBylineCues? For(LanguageProfile? language) =>
        language is not null && ByLanguage.TryGetValue(language.Code, out var cues) ? cues : null;
}
