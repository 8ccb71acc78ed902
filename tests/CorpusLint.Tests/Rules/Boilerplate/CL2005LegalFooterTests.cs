using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2005LegalFooterTests
{
    private readonly CL2005LegalFooter _rule = new();

    [Fact]
    public void Fires_on_a_copyright_line_and_a_disclaimer() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(after: ["The views expressed in opinion pieces do not necessarily reflect the position of the Gazette.", "", "© 2024 The Harbour Gazette. All rights reserved."]),
            (11, 1));

    [Fact]
    public void Fires_on_a_copyright_notice_before_the_footers_links() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(after: ["© 2024 The Harbour Gazette. All rights reserved. Privacy Policy | Terms of Use | Cookie settings"]),
            (11, 1));

    [Fact]
    public void Silent_on_a_footer_menu_of_legal_links_which_is_a_menu()
    {
        var text = BoilerplateText.Article(after: ["About us | Contact | Privacy Policy | Terms of Use"]);
        RuleTester.AssertSilent(_rule, text);
        RuleTester.AssertFiresAt(new CL2001NavigationMenu(), text, (11, 1));
    }

    [Fact]
    public void Fires_on_a_notice_whose_button_is_quoted() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(after: ["By clicking “Accept all”, you agree to our use of cookies and to our privacy policy."]),
            (11, 1));

    [Fact]
    public void Fires_on_a_copyright_notice_naming_all_related_designs() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(after: ["© 2024 Harbour Health, LLC. All rights reserved. It owns the Harbour trademarks, and all related designs."]),
            (11, 1));

    // A link around the adjective or the noun does not make "related" a speech verb ("the owner related, ...").
    [Theory]
    [InlineData("and all related [designs, logos](https://example.org/legal/trademarks/).")]
    [InlineData("and [all related](https://example.org/legal/trademarks/) designs.")]
    public void Fires_on_a_copyright_notice_linking_the_related_designs_in_Markdown(string end) =>
        RuleTester.AssertPositions(
            RuleTester.Lint(_rule, BoilerplateText.Article(after: ["© 2024 Harbour Health, LLC. All rights reserved. It owns the Harbour trademarks, " + end]), "article.md"),
            (11, 1));

    [Fact]
    public void Silent_on_a_reference_list_citing_a_sites_terms_by_their_title() =>
        RuleTester.AssertSilent(
            _rule,
            BoilerplateText.Article(after: [
                "References",
                "",
                "1. ^ \"Terms and Conditions\". Harbour Ferries. Retrieved 12 May 2019.",
                "2. ^ Roe, Jane (3 March 2018). \"Ferry to run later crossings\". The Harbour Gazette. Retrieved 12 May 2019.",
                "3. ^ “Privacy Policy and Cookies”. Harbour Ferries. Archived from the original on 4 June 2017.",
            ]));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2005.txt");

    [Theory]
    [InlineData("The museum bought all rights to the archive in 1998, and the family kept only the letters of the captain.")]
    [InlineData("The case turned on who owned the copyright to the photographs that the ferry company had printed.")]
    [InlineData("So are readers who never agreed to the site's terms of service fair game?")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2005.txt");
}
