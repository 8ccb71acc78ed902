using CorpusLint.Rules.Attribution;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Rules.Dates;
using CorpusLint.Rules.Hygiene;
using CorpusLint.Rules.Quotes;

namespace CorpusLint.Rules;

/// <summary>
/// The rules that ship with CorpusLint, ordered by ID: a registry, as ruff's and ESLint's are, rather than a search of
/// the assembly's types. Finding them by reflection cost every run 3 ms at start (Assembly.GetTypes in the native
/// build) and made the native build keep every type of this assembly. A test checks that every concrete rule of the
/// assembly is listed here, once, in ID order.
/// </summary>
public static class BuiltInRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new CL1001MissingAttribution(),
        new CL1002UnattributedQuote(),
        new CL1003EmptyCitationLink(),
        new CL1004InconsistentNameSpelling(),
        new CL2001NavigationMenu(),
        new CL2002CallToAction(),
        new CL2003CommentSection(),
        new CL2004RelatedContent(),
        new CL2005LegalFooter(),
        new CL2006SocialEmbed(),
        new CL2007DuplicateBlock(),
        new CL2008SiteChrome(),
        new CL2009TemplateArtifact(),
        new CL2010BoilerplateBlock(),
        new CL2011PhotoCaptionRemnant(),
        new CL2012RepeatedAcrossDocuments(),
        new CL3001MissingPublicationDate(),
        new CL3002WeekdayDateMismatch(),
        new CL3003InvalidDate(),
        new CL3004DateAfterPublication(),
        new CL3005ConflictingPublicationDates(),
        new CL3006UnanchoredRelativeDate(),
        new CL3007MixedDateFormats(),
        new CL4001UnclosedQuote(),
        new CL4002UnopenedQuote(),
        new CL4003MismatchedQuotePair(),
        new CL4004MixedQuoteStyles(),
        new CL4005UnbalancedBrackets(),
        new CL4006MisplacedSpace(),
        new CL5001Mojibake(),
        new CL5002InvalidEncoding(),
        new CL5003InvisibleCharacter(),
        new CL5004TrailingWhitespace(),
        new CL5005MissingFinalNewline(),
        new CL5006MarkupRemnant(),
        new CL5007GluedWords(),
        new CL5008ForeignLanguagePassage(),
    ];

    public static Rule? Find(string id) =>
        All.FirstOrDefault(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
