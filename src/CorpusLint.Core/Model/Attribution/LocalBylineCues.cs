using System.Collections.Frozen;
using CorpusLint.Language;

namespace CorpusLint.Model.Attribution;

/// <summary>
/// The byline cues of a language the stop-word profiles know besides English, read in documents in that language
/// (declared, or shown by their stop words): a preposition before the name ("Von Anna Berger", "Par Anne Berger", "Por
/// Ana Ruiz", "Di Anna Rossi", "Door Anna de Vries") or a label with a colon ("Autor: …", "Texte : …", "Текст: …"), and
/// the words a dateline goes on with after the name ("Von Anna Berger publiziert am 25. September 2018"), and the labels
/// of an author's box ("L'auteur", "Über den Autor") over the name.
/// </summary>
internal sealed class LocalBylineCues
{
    private static readonly FrozenDictionary<string, LocalBylineCues> ByLanguage = new Dictionary<string, LocalBylineCues>(StringComparer.Ordinal)
    {
        ["de"] = new("Von VON Autor Autorin Text", "publiziert veröffentlicht aktualisiert erschienen am um", "Der Autor|Die Autorin|Über den Autor|Über die Autorin|Zum Autor|Zur Autorin"),
        ["fr"] = new("Par PAR Auteur Autrice Texte", "publié publiée mis le à", "L'auteur|L'autrice|À propos de l'auteur|A propos de l'auteur|Sur l'auteur"),
        ["es"] = new("Por POR Autor Autora Texto", "publicado publicada actualizado el a", "El autor|La autora|Sobre el autor|Sobre la autora|Acerca del autor"),
        ["pt"] = new("Por POR Autor Autora Texto", "publicado publicada atualizado em às", "O autor|A autora|Sobre o autor|Sobre a autora"),
        ["it"] = new("Di DI Autore Autrice Testo", "pubblicato pubblicata aggiornato il alle", "L'autore|L'autrice|Sull'autore|Sull'autrice"),
        ["nl"] = new("Door DOOR Auteur Tekst", "gepubliceerd bijgewerkt op om", "De auteur|Over de auteur|Over de schrijver"),
        ["ru"] = new("Автор Текст", "опубликовано обновлено в", "Об авторе"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private LocalBylineCues(string cues, string datelineWords, string boxLabels)
    {
        Cues = cues.Split(' ').ToFrozenSet(StringComparer.Ordinal);
        DatelineWords = datelineWords.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _boxLabels = boxLabels.Split('|').Concat(cues.Split(' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _boxLabels;

    /// <summary>
    /// Whether <paramref name="line"/> is only the label of an author's box in the language, in any case ("L'AUTEUR",
    /// "Über den Autor", "Von:"), the name printed under it.
    /// </summary>
    public bool IsBoxLabel(ReadOnlySpan<char> line)
    {
        var label = line.Trim(" \t*_>•#-:");
        Span<char> buffer = stackalloc char[MaxBoxLabelLength];
        if (label.IsEmpty || label.Length > buffer.Length)
        {
            return false;
        }

        // A typographic apostrophe is the same label ("L’auteur").
        label.CopyTo(buffer);
        buffer[..label.Length].Replace('’', '\'');
        return _boxLabels.Contains(buffer[..label.Length]);
    }

    /// <summary>The longest label <see cref="IsBoxLabel"/> reads ("A propos de l'auteur" and a little room).</summary>
    private const int MaxBoxLabelLength = 32;

    /// <summary>The cues, as written (a preposition capitalised or in capitals, a label capitalised).</summary>
    public FrozenSet<string> Cues { get; }

    /// <summary>Words that go on from a byline's name into its dateline: labels ("publiziert") and link words ("am").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DatelineWords { get; }

    /// <summary>The cues of <paramref name="language"/>, or null for English (the scanner's own) and languages without any.</summary>
    public static LocalBylineCues? For(LanguageProfile? language) =>
        language is not null && ByLanguage.TryGetValue(language.Code, out var cues) ? cues : null;
}
