namespace CorpusLint.Model.Layout;

/// <summary>Where a line stands relative to the article body.</summary>
public enum BodyPlace
{
    /// <summary>Above the first line of the body (mastheads, menus, headline, byline).</summary>
    Before,

    /// <summary>Between the first and the last line of the body.</summary>
    Inside,

    /// <summary>Below the last line of the body (related links, comments, footers).</summary>
    After,
}

/// <summary>What a line looks like on its own, in the terms of jusText: prose, a short line, or clutter.</summary>
public enum ProseClass
{
    Blank,

    /// <summary>Long, with sentence punctuation and the stop words of running text, few links.</summary>
    Good,

    /// <summary>Medium length with some stop words: prose, but not evidence of the body on its own.</summary>
    NearGood,

    /// <summary>Short, without the marks of prose: a heading, a label, a name.</summary>
    Short,

    /// <summary>Link-dense, a menu item, or a known boilerplate phrase.</summary>
    Bad,
}

/// <summary>What a line is, judged by its shape and its place relative to the article body.</summary>
public enum LineClass
{
    Blank,

    /// <summary>Article text inside the body.</summary>
    Body,

    /// <summary>A short line inside the body that reads as a subheading or label of the article.</summary>
    Heading,

    /// <summary>The headline directly above the body.</summary>
    Title,

    /// <summary>A byline or dateline (found by the attribution and date models): the article's own, never boilerplate.</summary>
    Byline,

    /// <summary>Part of a run of short link or list items, or a separated menu line (CL2001).</summary>
    Navigation,

    /// <summary>Subscribe, donate, newsletter and membership prompts (CL2002).</summary>
    CallToAction,

    /// <summary>Comment forms, comment policies and login remnants (CL2003).</summary>
    Comment,

    /// <summary>"Read more", "Most read", teaser links (CL2004).</summary>
    Related,

    /// <summary>Copyright, cookie and privacy notices, editorial disclaimers (CL2005).</summary>
    Legal,

    /// <summary>Share prompts, "Follow us", bare social-media post URLs (CL2006).</summary>
    Social,

    /// <summary>A repeat of an earlier line (CL2007) that no other class explains.</summary>
    Duplicate,

    /// <summary>Skip links, account links, mastheads, lone section labels, ad markers (CL2008).</summary>
    Chrome,

    /// <summary>Wire-photo slugs, photo captions and credits (CL2011).</summary>
    Caption,

    /// <summary>Outside the article's flow with no more specific class (CL2010).</summary>
    Boilerplate,
}
