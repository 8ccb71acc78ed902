using System.Buffers;
using System.Text;

namespace CorpusLint.Language;

/// <summary>How much a phrase says about its line on its own.</summary>
public enum PhraseStrength
{
    None = 0,

    /// <summary>The phrase begins the line or is part of it: boilerplate only on a line that is not article prose.</summary>
    Weak = 1,

    /// <summary>The phrase is unmistakable chrome wherever it stands, unless in a long line of body prose.</summary>
    Strong = 2,

    /// <summary>The phrase is the whole line.</summary>
    Whole = 3,
}

/// <summary>A boilerplate phrase found on a line, with the category it belongs to (a <c>Model.Layout.LineClass</c> name).</summary>
public readonly record struct PhraseMatch(string Category, string Phrase, PhraseStrength Strength);

/// <summary>
/// Phrases that web pages wrap around articles, by category. Each entry is written with a marker:
/// <c>=</c> the whole (normalized) line, <c>^</c> the start of the line (weak), <c>~</c> anywhere in the line
/// (weak), <c>!</c> anywhere in the line (strong). Lines are compared after <see cref="Normalize"/>.
/// </summary>
public static class BoilerplatePhrases
{
    public const string CallToAction = "CallToAction";
    public const string Comment = "Comment";
    public const string Related = "Related";
    public const string Legal = "Legal";
    public const string Social = "Social";
    public const string Chrome = "Chrome";
    public const string Caption = "Caption";

    private static readonly (string Category, string[] Phrases)[] Table =
    [
        (Comment,
        [
            "=leave a reply", "=leave a comment", "=comments", "=comment", "=post a comment", "=add a comment", "=show comments",
            "=view comments", "=load comments", "=hide comments", "=join the discussion", "=join the conversation", "=cancel reply",
            "=post comment", "=google photo", "=twitter picture", "=facebook photo", "=wordpress.com logo", "=conversation",
            "=see all comments", "=read comments", "=comment on this story", "=comment on this article", "=discussion",
            "^leave a reply", "^you are commenting using your", "^fill in your details below", "^log out /", "^notify me of",
            "^comments are closed", "^comment policy", "^commenting policy", "^you must be logged in", "^log in to comment",
            "^sign in to comment", "^be the first to comment", "^we welcome comments", "^view comments", "^show comments",
            "^join the conversation", "^comments (", "^comments:",
            "!you are commenting using your", "!access to commenting", "!ability to comment", "!our commenters",
            "!commenting policy", "!comment policy", "!log out / change", "!click an icon to log in",
            "!your email address will not be published", "!required fields are marked", "!comments are moderated",
            "!to post comments", "!community guidelines", "!consider subscribing to join the conversation",
        ]),
        (CallToAction,
        [
            "=subscribe", "=subscribe now", "=subscribe today", "=subscribe here", "=sign up", "=sign up now", "=donate", "=donate now",
            "=donate today", "=contribute", "=contribute today", "=contribute now", "=support us", "=become a member", "=join now",
            "=newsletter", "=newsletters", "=get the newsletter", "=maybe later", "=subscribe for full access", "=register now",
            "=try it free", "=get started", "=give a gift", "=gift subscription", "=subscriber exclusive", "=subscribers only",
            "^support the ", "^support our ", "^subscribe to ", "^subscribe for ", "^subscribe and ", "^sign up for ", "^sign up now", "^sign up to our",
            "^sign up to receive", "^sign up here", "^get our newsletter", "^get the newsletter", "^donate to ", "^become a member",
            "^become a subscriber", "^already a subscriber", "^already a member", "^start your free trial", "^start your trial",
            "^get unlimited access", "^join our mailing list", "^click here to subscribe", "^you have read", "^you've reached your",
            "^this article is for subscribers", "^contribute today", "^make a donation", "^subscribe now", "^subscribe today",
            "^subscribe:", "^newsletter:", "^want more", "^get the latest", "^don't miss", "^enter your email", "^thanks for signing up",
            "^thank you for signing up", "^this content is for subscribers", "^subscribers can", "^unlock this article",
            "!we need your support", "!sign up for our", "!subscribe to our", "!our newsletter", "!in your inbox",
            "!to your inbox", "!support independent journalism", "!support our journalism", "!free trial", "!become a subscriber",
            "!please consider supporting", "!please consider subscribing", "!unlimited digital access", "!subscriber-only",
            "!for subscribers only", "!sign up for free", "!by signing up", "!support quality journalism", "!with your help, we can",
            "!consider upgrading", "!your membership includes", "!with your membership", "!subscribe for unlimited",
             "!every contribution", "!a limited time guest pass", "!subscription required",
        ]),
        (Related,
        [
            "=read more", "=related", "=related content", "=related articles", "=related stories", "=related coverage", "=related news",
            "=related topics", "=related posts", "=related links", "=more stories", "=most read", "=most popular", "=most viewed",
            "=most shared", "=most emailed", "=just in", "=trending", "=trending now", "=recommended", "=recommended for you",
            "=you may also like", "=you might also like", "=see also", "=also read", "=latest news", "=latest stories", "=latest",
            "=top stories", "=more news", "=more on this story", "=editor's picks", "=editors' picks", "=what to read next", "=up next",
            "=watch next", "=popular", "=in other news", "=around the web", "=from the web", "=promoted stories", "=more videos",
            "=more from", "=read next", "=read this next", "=keep reading", "=more to explore", "=don't miss", "=more headlines",
            "=recent posts", "=popular posts", "=topics", "=tags", "=read the full story", "=full coverage", "=featured",
            "=more in news", "=more coverage", "=latest videos", "=what's next", "=explore more", "=more like this",
            "^read more:", "^read more about", "^read more at", "^read more here", "^read also", "^read next", "^related:",
            "^related stories", "^related articles", "^related coverage", "^also read", "^more from ", "^more stories from",
            "^recommended:", "^you may also like", "^you might also like", "^more on ", "^topics:", "^tags:", "^filed under",
            "^more in ",  "^read:", "^watch:", "^listen:", "^most read", "^most popular", "^latest from",
            "!you may also like", "!you might also like", "!recommended for you", "!sponsored content", "!paid content",
            "!promoted content", "!around the web", "!more stories from",
        ]),
        (Legal,
        [
            "=privacy", "=terms", "=cookies", "=privacy notice", "=privacy policy", "=cookie policy", "=terms of use",
            "=terms of service", "=terms and conditions", "=legal", "=imprint", "=impressum", "=accessibility", "=sitemap",
            "=site map", "=copyright", "=ad choices", "=adchoices", "=cookie settings", "=manage cookies", "=do not sell my info",
            "=your privacy choices", "=accept cookies", "=accept", "=accept all", "=reject all", "=disclaimer",
            "^copyright ", "^privacy policy", "^terms of use", "^terms of service", "^cookie ", "^we use cookies",
            "^this site uses cookies", "^this website uses cookies", "^disclaimer:", "^the views expressed",
            "^the views and opinions expressed", "^by using this site",
            "!all rights reserved", "^©", "!© 20", "!© 19", "!©20", "!copyright ©", "!(c) 20", "!(c) 19", "!copyright 20", "!copyright 19", "!privacy policy",
            "!cookie policy", "!use of cookies", "!uses cookies", "!we use cookies", "!do not necessarily reflect",
            "!this material may not be published", "!may not be reproduced", "!do not sell my", "!your california privacy rights",
            "!terms of service", "!terms of use", "!terms and conditions", "!accessibility statement", "!all rights reserved",
            "!registered trademark", "!rights reserved",
        ]),
        (Social,
        [
            "=share", "=share this", "=share this article", "=share this story", "=share this page", "=share on facebook",
            "=share on twitter", "=share on linkedin", "=share via email", "=tweet", "=email", "=e-mail", "=print", "=facebook",
            "=twitter", "=linkedin", "=whatsapp", "=pinterest", "=reddit", "=share with a friend", "=follow us", "=copy link",
            "=link copied", "=pin it", "=flipboard", "=messenger", "=instagram", "=youtube", "=share article", "=tumblr",
            "=telegram", "=sms", "=share on whatsapp", "=shares", "=share story", "=email this", "=print this",
            "=facebook twitter", "=facebook twitter email", "=x", "=mail", "=share:", "=save", "=save article",
            "=comment share", "=share comment",
            "^follow us", "^follow @", "^share this", "^share on ", "^share to ", "^share with ", "^like us on", "^find us on",
            "^connect with us", "^click to share", "^click to email", "^click to print", "^share:", "^follow:", "^follow the ",
             "^share via", "^email this", "^tweet this",
            "!share this article", "!share this story", "!follow us on", "!like us on facebook", "!share with a friend",
            "!click to share on", "!opens in new window", "!share this article with", "!share articles with friends",
        ]),
        (Chrome,
        [
            "=skip to content", "=skip to main content", "=skip to navigation", "=skip to search", "=skip navigation",
            "=go to my account", "=my account", "=sign in", "=log in", "=login", "=log out", "=logout", "=sign out", "=register",
            "=menu", "=search", "=close", "=open menu", "=close menu", "=toggle navigation", "=home", "=back to top",
            "=subscribesign in", "=sign insubscribe", "=account", "=profile", "=settings", "=edition", "=english edition",
            "=print edition", "=advertisement", "=advertising", "=ad", "=ads", "=sponsored", "=story continues below",
            "=continue reading", "=continue reading below", "=article continues below", "=scroll to continue",
            "=scroll to continue with content", "=loading", "=loading...", "=please enable javascript", "=listen to this article",
            "=listen", "=video", "=audio", "=watch", "=play", "=next", "=previous", "=prev", "=more", "=less", "=show more",
            "=show less", "=see more", "=view more", "=load more", "=expand", "=collapse", "=top", "=navigation", "=sections",
            "=all sections", "=site search", "=search for", "=go", "=submit", "=ok", "=cancel", "=yes", "=no", "=open",
            "=view all", "=see all", "=about us", "=about", "=contact", "=contact us", "=help", "=faq", "=careers", "=jobs",
            "=advertise", "=advertise with us", "=feedback", "=customer service", "=today's paper", "=e-edition", "=epaper",
            "=subscriber services", "=manage account", "=my profile", "=my news", "=weather", "=site index", "=news",
            "=breaking news", "=live", "=opinion", "=sports", "=business", "=politics", "=world", "=entertainment", "=tech",
            "=technology", "=science", "=health", "=lifestyle", "=travel", "=culture", "=arts", "=food", "=markets",
            "=continue", "=read full article", "=read the full article", "=full article", "=view gallery", "=enlarge this image",
            "=hide caption", "=toggle caption", "=image", "=photo", "=photos", "=gallery", "=view image", "=fullscreen",
            "=close x", "=x close", "=dismiss", "=got it", "=learn more", "=click here", "=tap here", "=more info",
            "^skip to ", "^go to my ", "^go to the homepage", "^go to home", "^advertisement", "^story continues", "^article continues", "^continue reading",
            "^scroll to continue", "^please enable javascript", "^javascript is disabled", "^your browser does not support",
            "^this video ", "^video:", "^listen to this", "^click here to", "^updated:", "^posted:", "^last updated",
            "^more on:", "^open in app", "^download the app", "^download our app", "^get the app", "^sign in to",
            "^log in to", "^already have an account", "^don't have an account", "^create an account", "^create a free account",
            "^forgot your password", "^you are here", "^home /", "^home >", "^home »", "^home |", 
            "!enable javascript", "!javascript is disabled", "!your browser does not support", "!skip to content",
            "!skip to main content", "!story continues below", "!article continues below", "!continue reading the main story",
            "!report an error", "!report a typo", "!see our terms", "!this ad will close", "!ad blocker", "!adblock",
            "!turn off your ad", "!whitelist", "!you have been blocked",
        ]),
        (Caption,
        [
            "=getty images", "=afp", "=reuters", "=ap photo", "=ap", "=epa", "=shutterstock", "=afp via getty images",
            "^photo:", "^image:", "^photograph:", "^picture:", "^caption:", "^credit:", "^photo credit", "^image caption",
            "^image copyright", "^media caption", "^photo by ", "^(photo", "^image source", "^photo illustration",
            "^file photo", "^file - ", "^file: ", "^pictured:", "^above:", "^top:",
            "!via getty images", "!/getty images", "!(ap photo", "!ap photo/", "!/afp/getty", "!image caption", "!photo credit:",
            "!(photo by", "!(photo:", "!/ reuters", "!/reuters)", "!/afp)", "!(reuters/", "!/shutterstock",
        ]),
    ];

    private static readonly Dictionary<string, (string Category, string Phrase)> WholeLine = BuildWholeLine();
    private static readonly (string Category, string Phrase, bool Prefix, PhraseStrength Strength)[] Partial = BuildPartial();

    // One vectorized pass tells whether a line holds any partial phrase at all; most lines of prose hold none.
    private static readonly SearchValues<string> AnyPartial =
        SearchValues.Create([.. Partial.Select(p => p.Phrase).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);

    /// <summary>
    /// The line as the phrase lists see it: lower case, Markdown links reduced to their labels, bullets and
    /// surrounding punctuation removed, curly apostrophes straightened, whitespace collapsed.
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> line)
    {
        var text = new StringBuilder(line.Length);
        var trimmed = Model.LineShapes.StripListMarker(line.Trim());
        var space = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == ']' && i + 1 < trimmed.Length && trimmed[i + 1] == '(')
            {
                var close = trimmed[(i + 1)..].IndexOf(')');
                if (close > 0)
                {
                    i += close + 1;
                    continue;
                }
            }

            if (c is '[' or ']' or '*' or '_' or '#' or '\\' or '\u200B' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c switch
            {
                '’' or '‘' or '`' => '\'',
                '“' or '”' => '"',
                '–' or '—' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        var start = 0;
        var end = text.Length;
        while (start < end && IsEdgePunctuation(text[start]))
        {
            start++;
        }

        while (end > start && IsEdgePunctuation(text[end - 1]))
        {
            end--;
        }

        return text.ToString(start, end - start);
    }

    /// <summary>The strongest phrase of any category found in a normalized line, or null.</summary>
    public static PhraseMatch? Find(string normalized)
    {
        if (normalized.Length == 0)
        {
            return null;
        }

        if (WholeLine.TryGetValue(normalized, out var whole))
        {
            return new PhraseMatch(whole.Category, whole.Phrase, PhraseStrength.Whole);
        }

        if (normalized.AsSpan().IndexOfAny(AnyPartial) < 0)
        {
            return null;
        }

        PhraseMatch? best = null;
        foreach (var (category, phrase, prefix, strength) in Partial)
        {
            if (best is { } found && found.Strength >= strength)
            {
                continue;
            }

            var hit = prefix
                ? normalized.StartsWith(phrase, StringComparison.Ordinal)
                : normalized.Contains(phrase, StringComparison.Ordinal);
            if (hit)
            {
                best = new PhraseMatch(category, phrase, strength);
            }
        }

        return best;
    }

    /// <summary>Whether a normalized line contains one of the user's extra phrases (already normalized).</summary>
    public static string? FindExtra(string normalized, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var p = Normalize(phrase);
            if (p.Length > 0 && normalized.Contains(p, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }

    private static bool IsEdgePunctuation(char c) =>
        c is '.' or ',' or ':' or ';' or '!' or '?' or '-' or '|' or '>' or '<' or '»' or '«' or '›' or '→' or '•' or '·' or '(' or ')' or '"' or '\'' or '/' or '+' or '…' or ' ';

    private static Dictionary<string, (string, string)> BuildWholeLine()
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (category, phrases) in Table)
        {
            foreach (var entry in phrases)
            {
                if (entry[0] == '=')
                {
                    map.TryAdd(entry[1..], (category, entry[1..]));
                }
            }
        }

        return map;
    }

    private static (string, string, bool, PhraseStrength)[] BuildPartial() =>
        [.. from row in Table
            from entry in row.Phrases
            where entry[0] != '='
            select (row.Category, entry[1..], entry[0] == '^', entry[0] == '!' ? PhraseStrength.Strong : PhraseStrength.Weak)];
}
