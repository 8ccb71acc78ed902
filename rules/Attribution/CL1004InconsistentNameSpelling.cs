using System.Collections.Frozen;
using CorpusLint.Language;
using CorpusLint.Model;
using CorpusLint.Model.Attribution;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Attribution;

/// <summary>One name written two ways in one document: with and without diacritics (<c>Vučić</c> / <c>Vucic</c>).</summary>
public sealed class CL1004InconsistentNameSpelling : Rule
{
    /// <summary>
    /// Common words borrowed with their accents, which open sentences capitalised in either spelling
    /// ("Café", "Cafe"); they are not names.
    /// </summary>
    private static readonly FrozenSet<string> CommonWords = FrozenSet.ToFrozenSet(
        """
        cafe cafes resume resumes elite elites regime regimes decor naive naivete fiance fiancee cliche cliches protege
        facade souffle entree saute soiree debut debuts expose exposes touche ole senor senora senorita nee creme emigre
        emigres deja role roles premiere premieres pate rose uber cooperate coordinate reenter doppelganger angstrom
        pinata jalapeno canape canapes communique communiques detente eclair melee puree risque vis-a-vis smorgasbord
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL1004",
        "Inconsistent name spelling",
        "'{0}' is written '{1}' elsewhere in the document ({2} time(s) against {3})",
        RuleCategory.Attribution,
        Severity.Warning,
        "A name spelled two ways in one article (with and without diacritics) splits it for search and entity linking and looks careless.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override bool NeedsWholeDocument => true;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var names = document.Names;

        // Only a name written with a letter outside ASCII can have a variant: most documents have none, and then
        // no name is grouped, nor any name's text read.
        HashSet<string>? hasVariant = null;
        foreach (var name in names)
        {
            // A name in a passage of another language ("Março" in a Portuguese caption) is that language's word.
            if (name.HasNonAsciiLetters && IsInEnglishProse(document, name.Start))
            {
                (hasVariant ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.SkeletonIn(document));
            }
        }

        if (hasVariant is null)
        {
            return;
        }

        var skeletons = hasVariant.GetAlternateLookup<ReadOnlySpan<char>>();
        var groups = new Dictionary<string, List<NameMention>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var skeleton = name.HasNonAsciiLetters ? name.SkeletonIn(document) : name.In(document);
            if (!skeletons.TryGetValue(skeleton, out var key) || !IsInEnglishProse(document, name.Start))
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(name);
        }

        foreach (var skeleton in hasVariant)
        {
            var mentions = groups[skeleton];
            var forms = mentions
                .GroupBy(m => m.In(document).ToString().Replace('’', '\''), StringComparer.Ordinal)
                .Select(g => (Text: g.Key, Count: g.Count(), First: g.First(), NameLike: g.Any(m => !m.SentenceInitial)))
                .ToList();
            if (forms.Count < 2 || CommonWords.Contains(skeleton) || !forms.Any(f => f.NameLike) || AppearsInLowerCase(document.Text, forms))
            {
                continue;
            }

            // The dominant spelling is the most frequent one; on a tie, the first written.
            var dominant = forms.OrderByDescending(f => f.Count).ThenBy(f => f.First.Start).First();
            foreach (var form in forms.Where(f => f.Text != dominant.Text).OrderBy(f => f.First.Start))
            {
                context.Report(new TextSpan(form.First.Start, form.First.Length), form.First.In(document).ToString(), dominant.First.In(document).ToString(), form.Count, dominant.Count);
            }
        }
    }

    /// <summary>A name in a paragraph that does not read as English (by <see cref="Document.Languages"/>) is another language's word.</summary>
    private static bool IsInEnglishProse(Document document, int offset) =>
        document.GetParagraphAt(offset) is not { } paragraph || document.Languages.Paragraphs[paragraph.Index].ReadsAs(LanguageProfiles.English);

    /// <summary>True when one of the spellings also occurs in lower case: a common word, not a name ("Élan" and "élan").</summary>
    private static bool AppearsInLowerCase(string text, List<(string Text, int Count, NameMention First, bool NameLike)> forms)
    {
        foreach (var form in forms)
        {
            var lower = string.Concat(char.ToLowerInvariant(form.Text[0]).ToString(), form.Text.AsSpan(1));
            var index = text.IndexOf(lower, StringComparison.Ordinal);
            while (index >= 0)
            {
                var before = index == 0 || !char.IsLetter(text[index - 1]);
                var after = index + lower.Length >= text.Length || !char.IsLetter(text[index + lower.Length]);
                if (before && after)
                {
                    return true;
                }

                index = text.IndexOf(lower, index + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
