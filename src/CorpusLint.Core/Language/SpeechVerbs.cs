using System.Collections.Frozen;
using System.Collections.Immutable;
using CorpusLint.Text;

namespace CorpusLint.Language;

/// <summary>
/// Verbs and phrases that report speech or writing ("said", "told", "according to", "pointed out"),
/// in all the inflected forms a news text uses, and the words that can stand for a speaker when no name
/// is given (pronouns, roles such as "the minister", "a spokesman", "officials").
/// </summary>
public static class SpeechVerbs
{
    /// <summary>Single-word speech verbs in every form that reports speech.</summary>
    public static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        Inflect(
            """
            say:said:says:saying
            fume:fumed:fumes:fuming relate:related:relates:relating conjecture:conjectured:conjectures:conjecturing chime:chimed:chimes sigh:sighed:sighs scoff:scoffed:scoffs muse:mused:muses tell:told:tells:telling add:added:adds:adding write:wrote:writes:writing:written
            tweet:tweeted:tweets:tweeting declare:declared:declares:declaring argue:argued:argues:arguing
            warn:warned:warns:warning conclude:concluded:concludes:concluding note:noted:notes:noting
            predict:predicted:predicts:predicting explain:explained:explains:explaining
            insist:insisted:insists:insisting ask:asked:asks:asking reply:replied:replies:replying
            stress:stressed:stresses:stressing admit:admitted:admits:admitting
            acknowledge:acknowledged:acknowledges:acknowledging claim:claimed:claims:claiming
            suggest:suggested:suggests:suggesting recall:recalled:recalls:recalling
            announce:announced:announces:announcing urge:urged:urges:urging describe:described:describes:describing
            call:called:calls:calling quote:quoted:quotes:quoting state:stated:states:stating
            continue:continued:continues:continuing respond:responded:responds:responding
            remark:remarked:remarks:remarking observe:observed:observes:observing
            comment:commented:comments:commenting testify:testified:testifies:testifying
            post:posted:posts:posting joke:joked:jokes:joking complain:complained:complains:complaining
            concede:conceded:concedes:conceding caution:cautioned:cautions:cautioning vow:vowed:vows:vowing
            promise:promised:promises:promising tell:told emphasise:emphasised:emphasises:emphasising
            emphasize:emphasized:emphasizes:emphasizing affirm:affirmed:affirms:affirming
            assert:asserted:asserts:asserting maintain:maintained:maintains:maintaining
            contend:contended:contends:contending counter:countered:counters:countering
            retort:retorted:retorts:retorting exclaim:exclaimed:exclaims:exclaiming
            shout:shouted:shouts:shouting yell:yelled:yells:yelling chant:chanted:chants:chanting
            whisper:whispered:whispers:whispering mutter:muttered:mutters:muttering
            reflect:reflected:reflects:reflecting recount:recounted:recounts:recounting
            report:reported:reports:reporting confirm:confirmed:confirms:confirming deny:denied:denies:denying
            boast:boasted:boasts:boasting lament:lamented:laments:lamenting
            mention:mentioned:mentions:mentioning reiterate:reiterated:reiterates:reiterating
            agree:agreed:agrees:agreeing disagree:disagreed:disagrees:disagreeing
            pledge:pledged:pledges:pledging proclaim:proclaimed:proclaims:proclaiming
            point:pointed:points:pointing quip:quipped:quips:quipping crack:cracked:cracks:cracking
            interject:interjected:interjects:interjecting begin:began:begins:beginning
            speak:spoke:speaks:speaking talk:talked:talks:talking
            answer:answered:answers:answering demand:demanded:demands:demanding
            plead:pleaded:pleads:pleading opine:opined:opines:opining
            accuse:accused:accuses:accusing charge:charged:charges:charging allege:alleged:alleges:alleging
            predict:predicted:predicts believe:believed:believes:believing think:thought:thinks:thinking
            feel:felt:feels:feeling hope:hoped:hopes:hoping fear:feared:fears:fearing
            insist:insisted explain:explained read:reads wonder:wondered:wonders:wondering
            recommend:recommended:recommends:recommending advise:advised:advises:advising
            cite:cited:cites:citing blog:blogged:blogs:blogging text:texted:texts:texting
            email:emailed:emails:emailing e-mail:e-mailed:e-mails:e-mailing
            message:messaged:messages:messaging summarize:summarized:summarizes:summarizing
            summarise:summarised:summarises:summarising conclude:concluded
            characterize:characterized:characterizes:characterizing characterise:characterised:characterises:characterising
            criticize:criticized:criticizes:criticizing criticise:criticised:criticises:criticising
            attack:attacked:attacks:attacking praise:praised:praises:praising thank:thanked:thanks:thanking
            gush:gushed:gushes:gushing blast:blasted:blasts:blasting slam:slammed:slams:slamming
            question:questioned:questions:questioning rail:railed:rails:railing scoff:scoffed:scoffs:scoffing
            mock:mocked:mocks:mocking dismiss:dismissed:dismisses:dismissing defend:defended:defends:defending
            compare:compared:compares:comparing dub:dubbed:dubs:dubbing label:labeled:labelled:labels:labeling:labelling
            brand:branded:brands:branding term:termed:terms:terming decry:decried:decries:decrying
            hail:hailed:hails:hailing welcome:welcomed:welcomes:welcoming condemn:condemned:condemns:condemning
            promise:promised pray:prayed:prays:praying sing:sang:sings:singing
            elaborate:elaborated:elaborates:elaborating clarify:clarified:clarifies:clarifying reveal:revealed:reveals:revealing
            """),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that name a statement and so report speech with their owner ("in a statement", "his words").</summary>
    public static readonly FrozenSet<string> StatementNouns = FrozenSet.ToFrozenSet(
        """
        statement statements interview interviews speech speeches remarks comments comment tweet tweets post posts
        letter letters op-ed column essay message press release memo email e-mail testimony address briefing
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Multi-word cues, as sequences of lower-case words: "according to", "pointed out", "quoted as saying".
    /// A cue matches when the text's words equal these, ignoring case.
    /// </summary>
    /// <remarks>An immutable array, not a list interface: the speaker search walks it at every word, and an interface's enumerator would be allocated each time.</remarks>
    public static readonly ImmutableArray<string[]> Phrases =
    [
        ["according", "to"],
        ["per"],
        ["pointed", "out"],
        ["points", "out"],
        ["point", "out"],
        ["pointing", "out"],
        ["quoted", "as", "saying"],
        ["went", "on"],
        ["goes", "on"],
        ["in", "a", "statement"],
        ["in", "an", "interview"],
        ["in", "a", "speech"],
        ["in", "his", "words"],
        ["in", "her", "words"],
        ["in", "their", "words"],
        ["in", "the", "words", "of"],
        ["put", "it"],
        ["puts", "it"],
    ];

    /// <summary>Verbs unambiguous enough to count when capitalised, as in title-case headlines ("Clinton Said “...”").</summary>
    public static readonly FrozenSet<string> TitleCaseVerbs = FrozenSet.ToFrozenSet(
        ["Said", "Says", "Told", "Tells", "Added", "Adds", "Wrote", "Writes", "Tweeted", "Declared", "Argued", "Warned", "Explained", "Insisted", "Asked", "Replied", "Stressed", "Admitted", "Acknowledged", "Claimed", "Suggested", "Recalled", "Announced", "Urged", "Praised", "Thanked", "Joked", "Slammed", "Blasted", "Predicted", "Concluded", "Noted"],
        StringComparer.Ordinal);

    /// <summary>Pronouns that stand for a speaker named earlier.</summary>
    public static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "i", "we", "it", "you", "who", "one", "both", "others", "some", "many", "most", "all"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for people, bodies and texts that speak without a name ("the minister", "a spokesman", "officials", "the report").</summary>
    public static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
        """
        minister ministers president presidents spokesman spokeswoman spokesperson spokespeople spokesmen official officials
        officer officers police chief chiefs secretary secretaries director directors chairman chairwoman chair
        leader leaders senator senators congressman congresswoman representative representatives governor governors
        mayor mayors judge judges lawyer lawyers attorney attorneys prosecutor prosecutors candidate candidates
        nominee campaign campaigns aide aides adviser advisers advisor advisors analyst analysts expert experts
        economist economists researcher researchers scientist scientists professor professors source sources
        physicist physicists chemist chemists astronomer astronomers engineer engineers coauthor coauthors co-author co-authors
        witness witnesses resident residents member members man woman men women people person boy girl
        mother father wife husband son daughter friend friends neighbour neighbor neighbours neighbors
        manager managers coach player players captain owner owners executive executives founder ceo boss
        company firm group groups organisation organization party government administration ministry department
        agency council committee court report study survey statement document letter memo paper newspaper
        magazine website site article book authors author writer writers reporter reporters editor editors
        critics critic supporters supporter opponents opponent protesters protester activists activist
        voters voter fans fan union unions teacher teachers doctor doctors nurse nurses student students
        observers observer commentators widow widower commission commissioner spokesman diplomat diplomats envoy ambassador general commander soldiers soldier
        partner partners colleague colleagues insider insiders team campaigners campaigner worker workers
        employees employee staff investigators investigator authorities authority regulators regulator
        lawmaker lawmakers legislator legislators politician politicians democrats republicans conservatives liberals
        bank banks head heads founder founders host hosts historian historians pollster pollsters strategist strategists
        counsel inmate inmates victim victims survivor survivors parent parents relative relatives family families
        actor actors actress actresses singer singers star stars rapper musician musicians artist artists athlete athletes
        patient patients designer designers filmmaker filmmakers producer producers chef pilot driver drivers farmer farmers
        ruling rulings lawsuit complaint filing indictment verdict decision email e-mail tweet post message note release
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="word"/> is a single-word speech verb in any form, written in lower case
    /// (a capital marks a name or a sentence start: "the United States", "The Washington Post"), or one of
    /// the <see cref="TitleCaseVerbs"/>.
    /// </summary>
    public static bool IsVerb(ReadOnlySpan<char> word) =>
        !word.IsEmpty && (char.IsLower(word[0])
            ? InvisibleCharacters.ContainsVisible(Words.GetAlternateLookup<ReadOnlySpan<char>>(), word)
            : InvisibleCharacters.ContainsVisible(TitleCaseVerbs.GetAlternateLookup<ReadOnlySpan<char>>(), word));

    public static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// A role noun ("minister", "spokesman"), a scientist named by the field's "-ologist" ("virologist", "the
    /// epidemiologists"), or an age used as one ("the 22-year-old").
    /// </summary>
    public static bool IsRole(ReadOnlySpan<char> word) =>
        InvisibleCharacters.ContainsVisible(Roles.GetAlternateLookup<ReadOnlySpan<char>>(), word) || word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ologist", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ologists", StringComparison.OrdinalIgnoreCase);

    public static bool IsStatementNoun(ReadOnlySpan<char> word) => InvisibleCharacters.ContainsVisible(StatementNouns.GetAlternateLookup<ReadOnlySpan<char>>(), word);

    private static IEnumerable<string> Inflect(string table) =>
        table.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(entry => entry.Split(':', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
