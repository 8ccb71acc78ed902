using System.Text.RegularExpressions;

namespace CorpusLint.Model.Layout;

/// <summary>The few line patterns the layout matches by regular expression.</summary>
internal static partial class LinePatterns
{
    /// <summary>A wire-photo slug opening a caption: <c>SERBIA-RUSSIA-DIPLOMACY Serbian President ...</c>.</summary>
    [GeneratedRegex(@"^\p{Lu}{2,}(?:-\p{Lu}{2,}){2,}(?:/\p{Lu}+)?\s+\S")]
    public static partial Regex WireSlug();

    /// <summary>A photo credit closing a caption: <c>[Andrej Isakovic/AFP]</c>, <c>(AP Photo/Name)</c>, <c>(Photo by X/AFP via Getty Images)</c>.</summary>
    [GeneratedRegex(@"[\[(](?:[^\[\]()]{2,60}/\s?(?:AFP|AP|Reuters|EPA|Getty Images|Bloomberg|Shutterstock|Anadolu|Xinhua|Sputnik|TASS|Pool|[\p{Lu}][\p{L}. ]{1,30})|(?:AP |AFP |Reuters )?Photos?(?: by|:|/)[^\[\]()]{2,80})[\])]\s*$")]
    public static partial Regex BracketCredit();

    /// <summary>
    /// A bracket of short source codes closing a line, <c>[HB1 / HB2 KX]</c>, <c>(DS2 / DS3)</c>: a citation of sources, not a
    /// photo credit, which names a photographer or an agency.
    /// </summary>
    [GeneratedRegex(@"[\[(](?!.*\b(?:AP|AFP|EPA|TASS)\b)\s*[\p{Lu}\d]{1,4}(?:\s+[\p{Lu}\d]{1,4})*(?:\s*/\s*[\p{Lu}\d]{1,4}(?:\s+[\p{Lu}\d]{1,4})*)+\s*[\])]\s*$")]
    public static partial Regex CodeCitation();

    /// <summary>A line that is only a bracketed label, as text browsers print an image: <c>[Engadget]</c>, <c>[IMG_1234]</c>.</summary>
    [GeneratedRegex(@"^\[[^\[\]]{1,80}\]$")]
    public static partial Regex ImageAlt();

    /// <summary>An embedded post's signature: a dash, the account's name, its handle in brackets, the date.</summary>
    [GeneratedRegex(@"^[—–-]+\s*[^()]{1,80}\(@\w{1,30}\)\s*\S.{0,40}$")]
    public static partial Regex PostSignature();

    /// <summary>A social-media post URL left from an embed.</summary>
    [GeneratedRegex(@"(?:twitter\.com|x\.com)/\w+/status/|instagram\.com/(?:p|reel|tv)/|facebook\.com/[^\s/]+/(?:posts|videos)/|tiktok\.com/@[^\s/]+/video/|youtube\.com/watch|youtu\.be/|t\.me/\w+/\d", RegexOptions.IgnoreCase)]
    public static partial Regex SocialPostUrl();
}
