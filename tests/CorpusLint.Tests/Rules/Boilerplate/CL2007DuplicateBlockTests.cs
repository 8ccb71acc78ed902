using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2007DuplicateBlockTests
{
    private readonly CL2007DuplicateBlock _rule = new();

    [Fact]
    public void Fires_on_the_second_copy_of_the_headline()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(before: [BoilerplateText.Headline])));
        Assert.Equal((3, 1), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.Contains("line 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_on_a_paragraph_pasted_twice() =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(middle: [BoilerplateText.Paragraphs[0]]), (7, 1));

    [Fact]
    public void Min_words_is_an_option() =>
        Assert.Empty(RuleTester.Lint(_rule, BoilerplateText.Article(before: [BoilerplateText.Headline]), options: new Dictionary<string, string> { ["min_words"] = "10" }));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2007.txt");

    [Theory]
    [InlineData("Yes, she said, and the room fell silent for a moment before the vote was taken by a show of hands.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Silent_on_a_short_quote_repeated_inside_the_article() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: ["'Yes,' she said.", "", "The vote was close, and the chairman had to count the raised hands twice before he could announce it.", "", "'Yes,' she said."]));

    [Fact]
    public void Fires_on_the_headline_but_not_the_lead_a_share_dialog_quoted_above_them()
    {
        var text = string.Join("\n",
        [
            "News", "Sport", "Weather", "Sign in", "Share This Story!", "Let friends in your social network know what you are reading about",
            BoilerplateText.Headline, BoilerplateText.Paragraphs[0], "Post to Facebook", "Cancel", "Send", "",
            BoilerplateText.Headline, "", "By Aoife Brennan", "", BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], "",
            BoilerplateText.Paragraphs[2], "",
        ]);
        Assert.Equal([13], RuleTester.Lint(_rule, text).Select(d => d.Start.Line));
    }

    [Fact]
    public void Silent_on_an_item_two_lists_of_the_article_share() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle:
        [
            "- Quick access to the night boat with any ticket", "- Bikes travel free of charge", "- Valid all week long", "",
            "The season pass is the same, with two differences:", "",
            "- Quick access to the night boat with any ticket", "- Seats reserved on request", "- Valid at weekends only",
        ]));

    [Fact]
    public void Silent_on_the_signatures_of_two_posts_of_one_account() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle:
        [
            "The night boat is back from Friday. Book early!", "— Harbour Council (@HarbourCouncil) May 2, 2024", "",
            "Bikes travel free on every crossing this summer.", "— Harbour Council (@HarbourCouncil) May 2, 2024",
        ]));

    [Theory]
    [InlineData(4, -1)]
    [InlineData(4, 2)]
    [InlineData(3, -1)]
    public void Silent_on_an_interviews_questions_put_to_each_guest(int guests, int guestWhoSkipsTheSecond) =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: Interview(guests, guestWhoSkipsTheSecond)));

    [Fact]
    public void Fires_on_a_long_line_printed_three_times_with_no_line_taking_turns_with_it()
    {
        var promotion = "Book your crossing online today and save ten percent on every return ticket this month.";
        var diagnostics = RuleTester.Lint(_rule, BoilerplateText.Article(middle:
        [
            promotion, "", Answers[0], "", promotion, "", Answers[1], "", promotion,
        ]));
        Assert.Equal([11, 15], diagnostics.Select(d => d.Start.Line));
    }

    [Fact]
    public void Fires_on_two_long_lines_each_printed_three_times_in_a_block_of_its_own()
    {
        var first = "Book your crossing online today and save ten percent on every return ticket this month.";
        var second = "The winter timetable for the island ferry is printed on the back of every single ticket.";
        var diagnostics = RuleTester.Lint(_rule, BoilerplateText.Article(middle:
        [
            first, "", first, "", first, "", Answers[0], "", second, "", second, "", second,
        ]));
        Assert.Equal([(9, 11), (17, 19)], diagnostics.Select(d => (d.Start.Line, d.End.Line)));
    }

    [Fact]
    public void Fires_on_a_block_of_two_lines_pasted_three_times()
    {
        var diagnostics = RuleTester.Lint(_rule, BoilerplateText.Article(middle:
        [
            Answers[0], "", Answers[1], "", Answers[0], "", Answers[1], "", Answers[0], "", Answers[1],
        ]));
        Assert.Equal([(11, 17)], diagnostics.Select(d => (d.Start.Line, d.End.Line)));
    }

    /// <summary>A plan's weeks: the same meal under the same slot's label in two weeks is the plan's, not a block printed twice.</summary>
    [Fact]
    public void Silent_on_a_meal_repeated_in_the_same_slot_of_another_week()
    {
        string[] plan =
        [
            "Week one", "", "Breakfast", "", "Spinach omelette with two eggs, crumbled feta and a slice of rye toast", "",
            "Lunch", "", "Lentil soup with carrots, celery, cumin and a spoon of thick yoghurt", "",
            "Dinner", "", "Baked salmon with new potatoes, green beans and a wedge of lemon", "",
            "Week two", "", "Breakfast", "", "Spinach omelette with two eggs, crumbled feta and a slice of rye toast", "",
            "Lunch", "", "Chickpea salad with cucumber, tomato, parsley and a lemon dressing", "",
            "Dinner", "", "Baked salmon with new potatoes, green beans and a wedge of lemon", "",
            "Week three", "", "Breakfast", "", "Porridge with grated apple, cinnamon and a handful of walnuts", "",
            "Lunch", "", "Lentil soup with carrots, celery, cumin and a spoon of thick yoghurt", "",
            "Dinner", "", "Roast chicken thighs with barley, leeks and a green salad",
        ];
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: plan));
    }

    /// <summary>A card printed twice under its kicker repeats the card, not a slot of another one: no other label between.</summary>
    [Fact]
    public void Fires_on_a_headline_printed_twice_under_its_kicker()
    {
        var diagnostics = RuleTester.Lint(_rule, BoilerplateText.Article(middle:
        [
            "Harbour News", "Council approves two evening crossings for the island ferry service", "", "Harbour News",
            "Council approves two evening crossings for the island ferry service", "", "Harbour News",
            "Night boat tickets go on sale at the quay office from Friday morning",
        ]));
        Assert.Equal([11], diagnostics.Select(d => d.Start.Line));
    }

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2007.txt");

    private static readonly string[] Answers =
    [
        "I grew up on the island, and my father ran the old car ferry before the bridge was even planned, so it never felt like a choice.",
        "The morning light on the north channel is something I still look forward to, even after twenty years of the same crossing.",
        "My first captain taught me to read the tide tables by hand, and I still check them that way before every night crossing.",
        "Honestly, it was the pay at first, but the people who ride with us every week are the reason I have stayed so long.",
        "Take the last boat to the lighthouse pier at dusk, when the town lights come on one by one along the whole waterfront.",
        "The short hop to the fish market is the one I send my own family on, because the harbour is at its busiest there.",
        "Go on a windy day, sit on the upper deck at the back, and watch the gulls follow the wake all the way across the bay.",
        "The early boat to the south quay is quiet and cheap, and the bakery by the landing opens just as you step off it.",
    ];

    /// <summary>An interview putting the same two questions to each guest, each answering in their own words.</summary>
    private static string[] Interview(int guests, int guestWhoSkipsTheSecond)
    {
        var lines = new List<string>();
        for (var guest = 0; guest < guests; guest++)
        {
            lines.AddRange(["What first drew you to working on the harbour ferries every single day of the year?", "", Answers[2 * guest], ""]);
            if (guest != guestWhoSkipsTheSecond)
            {
                lines.AddRange(["Which crossing would you recommend to a visitor coming to the island for the first time?", "", Answers[(2 * guest) + 1], ""]);
            }
        }

        return [.. lines];
    }
}
