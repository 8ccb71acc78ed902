using System.Text;
using System.Text.Json;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Reporting;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Engine;

/// <summary>Invariants that must hold for any input (CsCheck generates it and shrinks a failure to a small case).</summary>
public sealed class PropertyTests : IDisposable
{
    /// <summary>Pieces that make text look like articles and scraped pages, with the damage the rules look for.</summary>
    private static readonly string[] Pieces =
    [
        "The", "council", "said", "on", "Thursday,", "January 18, 2019", "February 30", "2019-13-01", "By Ana Ruiz", "Source: AP",
        "“", "”", "\"", "'", "’", "«", "»", "(", ")", "[", "]", "{", "}", "[Home](#)", "https://x.example/a", "&amp;", "cafÃ©",
        "Read more", "Subscribe", "%s", "{{name}}", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", ".", ",", " ,", "\u00A0", "\u200B",
        "\u00AD", "\uFEFF", "\u0000", "\u001B[31m", "😀", "Vučić", "日本語の記事", "-", "* ", "1. ", "# ", "<p>", "\\$", "[1]: ", "[Home][1]", "> ", "```",
    ];

    private static readonly Gen<byte[]> ArticleBytes = Gen.Frequency(
            (12, Gen.OneOf(Pieces).Select(p => Encoding.UTF8.GetBytes(p))),
            (1, Gen.Byte.Array[1, 3]))
        .Array[0, 300]
        .Select(parts => parts.SelectMany(p => p).ToArray());

    private readonly TempFolder _folder = new();
    private readonly LintEngine _engine = new(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));

    public PropertyTests() => _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = silent\n");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Any_bytes_lint_without_a_rule_throwing_and_every_position_is_inside_the_document()
    {
        var path = _folder.PathOf("a.txt");
        Gen.OneOf<byte[]>(ArticleBytes, Gen.Byte.Array[0, 2000]).Sample(
            bytes =>
            {
                var document = Document.Create("a.txt", SourceDecoder.Decode(bytes));
                var result = _engine.Lint(document, path);
                Assert.Empty(result.Failures);
                foreach (var diagnostic in result.Diagnostics)
                {
                    AssertInside(document, diagnostic);
                }
            },
            iter: 400);
    }

    [Fact]
    public void Windows_find_what_the_whole_document_finds_with_the_same_positions()
    {
        var limits = new DocumentLimits { WholeDocumentBytes = 300, WindowBytes = 200, WindowMarginBytes = 64 };
        string[] local = ["CL3003", "CL5001", "CL5003", "CL5004"];
        var path = _folder.PathOf("w.txt");
        var linter = new DocumentLinter(_engine, limits, summarizer: null);
        var configuration = _engine.Configuration.GetConfiguration(path);
        // A window judges a hard wrap only on a fair sample of lines (HardWraps.MinNearLinesInPart), which these few
        // hundred bytes never hold: the whole document's reading of a few lines as wrapped is not the windows' to match.
        ArticleBytes.Where(b => b.Length > 400 && !SourceDecoder.LooksBinary(b) && Document.Create("w.txt", SourceDecoder.Decode(b)).HardWraps is null).Sample(
            bytes =>
            {
                var whole = _engine.Lint(Document.Create("w.txt", SourceDecoder.Decode(bytes)), configuration);
                var windowed = linter.LintStream(new DocumentInput(path, "w.txt"), new MemoryStream(bytes), configuration);

                // A rule that throws on a window loses its findings there; say so rather than as a finding missing.
                Assert.Empty(windowed.Failures);
                Assert.Equal(Describe(whole, local), Describe(windowed, local));
            },
            iter: 200,
            threads: 1);
    }

    /// <summary>
    /// Inputs the sampling above once found (seeds amynaqMzYhd1, 7-lCSD9rSjm1, fUT6636QQHx1, bknJ0qkcdsW1, 31udiwNWi9Q1, 8ghfHsgX-Yr1, 1kA-WVxIF-p1):
    /// a date read as inside a link "target" with spaces that a window cut; a window, and then a whole document, read as
    /// hard-wrapped past a line of glued words; a window read as hard-wrapped by the halves of lines its margins cut (a
    /// date at a wrapped line's start then read as part of a name); a margin cut to no line at all, which lost the
    /// "February" that "30" at the part's end runs into; a window of a few lines read as hard-wrapped, which joined
    /// "By Ana Ruiz" to the "February 30" below it; a window whose text opens with a line break and a "]:" on its second
    /// line, where reading link definitions threw (and the rules that read links failed on the window).
    /// </summary>
    [Theory]
    [InlineData("W0hvbWVdKCMpVnXEjWnEh0phbnVhcnkgMTgsIDIwMTlWdcSNacSHIyBbXCQJwqvvu7/CqyAgVGhle3tuYW1lfX0NCi7CoApbSG9tZV0oIynigJxcJGh0dHBzOi8veC5leGFtcGxlL2EyMDE5LTEzLTAxPGXT77u/G1szMW3CrTIwMTktMTMtMDHwn5iAB1Z1xI1pxIdGZWJydWFyeSAzMF0o4oCcKiBvbixcJEphbnVhcnkgMTgsIDIwMTlzYWlkICDCU1s8cD5jYWbDg8KpJzIwMTktMTMtMDEJVGhlRuDuKiBjb3VuY2ls4oCcIyBKYW51YXJ5IDE4LCAyMDE5U3Vic2NyaWJlKCkgW0hvbWVdKCMpLVwkIOKAme+7v3cBg1N1YnNjcmliZXt7bmFtZX19U291cmNlOiBBUCJodHRwczovL3guZXhhbXBsZS9hfXsKRmVicnVhcnkgMzAgAHNhaWQbWzMxbUZlYnJ1YXJ5IDMwLl0yMDE5LTEzLTAxVGhlLQ3igIsgIFRoZeKAmQ0KY2Fmw4PCqVRodXJzZGF5LC1jYWbDg8KpY2Fmw4PCqQo=")]
    [InlineData("wqBvbkJ5IEFuYSBSdWl6wrstRmVicnVhcnkgMzAKCkJ5IEFuYSBSdWl6fQ0ib24mIyBTdWJzY3JpYmVjYWbDg8KpKWh0dHBzOi8veC5leGFtcGxlL2EyMDE5LTEzLTAxwq1KYW51YXJ5IDE4LCAyMDE5DQoJDQp9e3tuYW1lfX0lcwpxTzEuIG9ue0J5IEFuYSBSdWl6DQomYW1wO2NhZsODwqlTb3VyY2U6IEFQDUZlYnJ1YXJ5IDMw4oCLICBjb3VuY2lsDQoyMDE5LTEzLTAxU3Vic2NyaWJlKQku77u/aHR0cHM6Ly94LmV4YW1wbGUvYcKgMjAxOS0xMy0wMS4NRmVicnVhcnkgMzDigJkgwqvigJ0oIiMgRmVicnVhcnkgMzAlc0ZlYnJ1YXJ5IDMwU3Vic2NyaWJlfSZhbXA7wq0J4oCcMF3x9ScyMDE5LTEzLTAxIyAKClZ1xI1pxId9DRtbMzFtUmVhZCBtb3JlaHR0cHM6Ly94LmV4YW1wbGUvYQpcJLMiyCMgIMKrh1tIb21lXSgjKUZlYnJ1YXJ5IDMwPHA+77u/IyDigJ3Cre+7vyAgVGhlG1szMW3igJxUaGUxLiAmYW1wOzIwMTktMTMtMDE8cD4uPHA+4oCdfeKAnSAg4oCZXCQNCuKAi8vAJmFtcDtbKjxwPmNhZsODwqk8cD7ml6XmnKzoqp7jga7oqJjkuosgICVz4oCdMjAxOS0xMy0wMTIwMTktMTMtMDFbSG9tZV0oIyldXCQlcyAgwrsmYW1wOwkNCi57QnkgQW5hIFJ1aXpdc2FpZHsKClNvdXJjZTogQVAgLCMgJmFtcDtKYW51YXJ5IDE4LCAyMDE5QnkgQW5hIFJ1aXpjYWbDg8KpICBjYWbDg8Kpwrs8cD4NCmNvdW5jaWwAUmVhZCBtb3JlLuKAnCBKYW51YXJ5IDE4LCAyMDE5JXMKKCdUaHVyc2RheSwxLiBbCQkoe3tuYW1lfX1jYWbDg8KpIyBGZWJydWFyeSAzMOKAmS1jb3VuY2lsKiDwn5iAVOMyMDE5LTEzLTAxVGhlIyB7e25hbWV9fcKt77u/XCSzIsP0QnkgQW5hIFJ1aXpodHRwczovL3guZXhhbXBsZS9hUmVhZCBtb3JlKiBKYW51YXJ5IDE4LCAyMDE5DQooRmVicnVhcnkgMzApb25bICx9MS4gQnkgQW5hIFJ1aXpSZWFkIG1vcmVodHRwczovL3guZXhhbXBsZS9hfcTILfCfmIBbSG9tZV0oIylodHRwczovL3guZXhhbXBsZS9hICAxLiB9eZlSZWFkIG1vcmUqIDEuIOKAizIwMTktMTMtMDEAIg==")]
    [InlineData("KORuDFN1YnNjcmliZa/qVGh1cnNkYXksVGh1cnNkYXks4oCZMjAxOS0xMy0wMcKgikgNCkZlYnJ1YXJ5IDMwDQp9c2FpZMKgc2FpZOKAnMK7IHNhaWQn8J+YgHNhaWQsW2NhZsODwqlS4oCZXCRUaHVyc2RheSwxLiBcJGh0dHBzOi8veC5leGFtcGxlL2EbWzMxbVZ1xI1pxIdvbnt7bmFtZX19ezxwPiVzY2Fmw4PCqSl7c2FpZCAszi1cJADCu3tUaGVKYW51YXJ5IDE4LCAyMDE5Y291bmNpbCAqIGNvdW5jaWxdR01ASmFudWFyeSAxOCwgMjAxOVRodXJzZGF5LAoKewoKDQ0KJmFtcDtKYW51YXJ5IDE4LCAyMDE5LltIb21lXSgjKVRoZQ1vbjEuIOKAi2h0dHBzOi8veC5leGFtcGxlL2F7e25hbWV9feKAnCZhbXA74oCcRmVicnVhcnkgMzApQnkgQW5hIFJ1aXrigJzigJ3igJxUaGUmYW1wO+KAnSmMzOKAnCAsc2FpZEJ5IEFuYSBSdWl6VGhlRmVicnVhcnkgMzAgIyAgLOKAnVJlYWQgbW9yZVRodXJzZGF5LADCqzxwPu+7vwrCq+1xClRoZVJlYWQgbW9yZWNvdW5jaWxCeSBBbmEgUnVpet2uwq1WLQ8IjwomYW1wOw0K77u/W+KAnHNhaWRUaGU0vhAnMS4geyAKCkJ5IEFuYSBSdWl6b25CeSBBbmEgUnVpenwg9lN1YnNjcmliZcKtMjAxOS0xMy0wMQoKPL1cJApbSG9tZV0oIykgLHNhaWRodHRwczovL3guZXhhbXBsZS9hfSAs7VNvdXJjZTogQVAKClRoZXNhaWQmYW1wO3sbWzMxbRtbMzFtwqsgew0KUmVhZCBtb3Jlb25SZWFkIG1vcmUNKiAqIEfr8J+YgBtbMzFtYyZhbXA74oCZLkbdnuUiWyh9LGNhZsODwqkjIA0CCgogscKrKiANY291bmNpbA1UaHVyc2RheSzCu0phbnVhcnkgMTgsIDIwMTnCoMKgG1szMW1bSG9tZV0oIylodHRwczovL3guZXhhbXBsZS9hwqtbSG9tZV0oIyksCmNvdW5jaWwKClJlYWQgbW9yZS1jYWbDg8Kp4oCZMS4gCmNvdW5jaWwmYW1wOyAsRmVicnVhcnkgMzB7e25hbWV9feKAnfSMi2h0dHBzOi8veC5leGFtcGxlL2FbSG9tZV0oIylKYW51YXJ5IDE4LCAyMDE5DQoiUmVhZCBtb3Jl4oCZaHR0cHM6Ly94LmV4YW1wbGUvYeKAnHNhaWQJb26cDQpdwqBodHRwczovL3guZXhhbXBsZS9hwq0qIDEuICZhbXA7aHR0cHM6Ly94LmV4YW1wbGUvYQ3igJl7e25hbWV9fQ07CiAgADxwPv/igJ3CrSAs77u/4oCLVGh1cnNkYXksSmFudWFyeSAxOCwgMjAxOVN1YnNjcmliZShoY2Fmw4PCqeaXpeacrOiqnuOBruiomOS6i29u4oCZU3Vic2NyaWJlW3tWdcSNacSHc2FpZAA8cD5Tb3VyY2U6IEFQU291cmNlOiBBUCog")]
    [InlineData("8J+YgENTdWJzY3JpYmXigJ3wn5iAIuKAnFRodXJzZGF5LFRodXJzZGF5LCg8cD4bWzMxbSAg4oCcJXOZ9MEN4oCLY2Fmw4PCqVN1YnNjcmliZQ0bWzMxbQAyMDE5LTEzLTAxIu+7v0J5IEFuYSBSdWl6b27eAFJlYWQgbW9yZSc8cD4qIMKtCgrCoFRoZTIwMTktMTMtMDHigJxcJCBKYW51YXJ5IDE4LCAyMDE5J3NhaWRzYWlkIkJ5IEFuYSBSdWl6MjAxOS0xMy0wMUZlYnJ1YXJ5IDMwAMKgKSZhbXA7Y2Fmw4PCqTIwMTktMTMtMDFTdWJzY3JpYmUiVGh1cnNkYXksCgrCuy0i4oCdfSZhbXA777u/qnsxLiBcJHt7bmFtZX19QnkgQW5hIFJ1aXpcJFJlYWQgbW9yZWNhZsODwqlUaGXCu8KtIi5jb3VuY2lsICBodHRwczovL3guZXhhbXBsZS9hwqsg4oCZY2Fmw4PCqWh0dHBzOi8veC5leGFtcGxlL2E8cD4jIOKAnAoK8J+YgGNhZsODwqlGZWJydWFyeSAzMFN1YnNjcmliZUZlYnJ1YXJ5IDMwMS4gVGhlICDCuyAgICAbWzMxbQ0lc3t7bmFtZX19DTEuIGh0dHBzOi8veC5leGFtcGxlL2EmYW1wOyAs8J+YgFuEKERjb3VuY2lsICBbSG9tZV0oIylbtJrjiNpbQnkgQW5hIFJ1aXpb8J+YgCxWdcSNacSHXCRbCgpTdWJzY3JpYmXigJnml6XmnKzoqp7jga7oqJjkuot7e25hbWV9feKAi+KAmeKAnVNvdXJjZTogQVAsCSnPwq1vbiVzezxwPi0Nwq1F7cKtRmVicnVhcnkgMzBodHRwczovL3guZXhhbXBsZS9he3tuYW1lfX3igJxWdcSNacSHDUZlYnJ1YXJ5IDMw4oCdCfCfmIBdc2FpZOKAneKAmX1zYWlkW0hvbWVdKCMpLOKAmeKAnC48cD7igJx7e25hbWV9fQ0KXCQANtgKCiogVGhl1QoK4oCLgGZjYWbDg8KpVGhlLWNvdW5jaWwAUmVhZCBtb3JlJXMsQnkgQW5hIFJ1aXoZICAi8J+YgOfUg1JlYWQgbW9yZW9u8J+YgBtbMzFtwrss5pel5pys6Kqe44Gu6KiY5LqLW0hvbWVdKCMpeyogSmFudWFyeSAxOCwgMjAxOQ3Cu8KrMS4gW0hvbWVdKCMpYSMg4oCcIyAJaHR0cHM6Ly94LmV4YW1wbGUvYVwkICxTb3VyY2U6IEFQY291bmNpbBtbMzFtY2Fmw4PCqSl7e25hbWV9fVRoZa0bWzMxbSBUaGVSZWFkIG1vcmVjYWbDg8KpVGh1cnNkYXksJXMgLDIwMTktMTMtMDFvbuKAnSAKCsKrDQpWdcSNacSHMjAxOS0xMy0wMbmu4oCLSmFudWFyeSAxOCwgMjAxOYxip1wkP6J65pel5pys6Kqe44Gu6KiY5LqLICxjb3VuY2lsVGh1cnNkYXkswq1SZWFkIG1vcmUjICMgICAAY2Fmw4PCqTxwPiMgICwxLiBodHRwczovL3guZXhhbXBsZS9hUl3CrVRoZe+7vzIwMTktMTMtMDFWdcSNacSHVGh1cnNkYXksAG9uY291bmNpbCInLg==")]
    [InlineData("PHA+ICwqIFN1YnNjcmliZVN1YnNjcmliZUZlYnJ1YXJ5IDMwwq1GZWJydWFyeSAzMGNhZsODwqkpLuaXpeacrOiqnuOBruiomOS6i9gPug3ml6XmnKzoqp7jga7oqJjkuosgfRtbMzFt8J+YgMKt/q+rUmVhZCBtb3JlQnkgQW5hIFJ1aXpjMjAxOS0xMy0wMV1UaHVyc2RheSxodHRwczovL3guZXhhbXBsZS9hVGh1cnNkYXksUmVhZCBtb3JlXCRbVGhlRmVicnVhcnkgMzDml6XmnKzoqp7jga7oqJjkuovml6XmnKzoqp7jga7oqJjkuotSZWFkIG1vcmVKYW51YXJ5IDE4LCAyMDE5UmVhZCBtb3Jl4oCLICxcJOKAiyhjYWbDg8Kp4oCZexiEHWtpBidUaHVyc2RheSxjb3VuY2ls5pel5pys6Kqe44Gu6KiY5LqLLnvigJ0lc0phbnVhcnkgMTgsIDIwMTlGZWJydWFyeSAzMApGZWJydWFyeSAzMOKAi2NvdW5jaWxTdWJzY3JpYmV7SmFudWFyeSAxOCwgMjAxOVRodXJzZGF5LHNhaWQ=")]
    [InlineData("4oCcc2FpZHt7bmFtZX19RmVicnVhcnkgMzDigIspaHR0cHM6Ly94LmV4YW1wbGUvYTIwMTktMTMtMDFCeSBBbmEgUnVpeigNG1szMW3mwGNhZsODwqlkJ1RoZfCfmIDigJwJKcKtW0hvbWVdKCMpXCTigJ1SZWFkIG1vcmV9ICzCqzEuICktz1tIb21lXSgjKQoK4oCZPHA+KVNvdXJjZTogQVDCuxtbMzFt4oCLfXt7bmFtZX19VGhlCuKAmUphbnVhcnkgMTgsIDIwMTlSZWFkIG1vcmUNXCQgaHR0cHM6Ly94LmV4YW1wbGUvYXNhaWRUaGUlc0ZlYnJ1YXJ5IDMwW0hvbWVdKCMpc2FpZCgqIA0KSmFudWFyeSAxOCwgMjAxOSpVt2h0dHBzOi8veC5leGFtcGxlL2FdLFN1YnNjcmliZSguJmFtcDsNwqDvu79jYWbDg8KpUmVhZCBtb3JlUmVhZCBtb3Jlwq1GZWJydWFyeSAzMCAqIMKrClwk4oCdMS4g4oCZwqtcJCfwn5iA4oCL4oCcJyAgSmFudWFyeSAxOCwgMjAxOVtTdWJzY3JpYmUtIyBodHRwczovL3guZXhhbXBsZS9hsFFuKCcbWzMxbS1bUmVhZCBtb3JlKiBKYW51YXJ5IDE4LCAyMDE5wrvigJnwn5iAMjAxOS0xMy0wMeKAnFN1YnNjcmliZSJCeSBBbmEgUnVpen3wn5iAc2FpZFNvdXJjZTogQVAlc+KAiyLwn5iAW+KAnMK7KiBjb3VuY2lsDVtIb21lXSgjKUJ5IEFuYSBSdWl6DQrCu1N1YnNjcmliZSktwq1KYW51YXJ5IDE4LCAyMDE5J0phbnVhcnkgMTgsIDIwMTkoACBbwrso77u/PHA+e+KAi8aP4oCcwq1jb3VuY2lsU3Vic2NyaWJl4oCZICwlc1Z1xI1pxIf3FrtSf+aXpeacrOiqnuOBruiomOS6iyMge+KAnCAgUAYCwrtjYWbDg8KpVGhlICwADcTH4oCLwqAoKeKAiwkgIEZlYnJ1YXJ5IDMweycJICAiXCQmYW1wOyxWdcSNacSHCgqlHYENQnkgQW5hIFJ1aXopW31WdcSNacSHnOKAnCB9QnkgQW5hIFJ1aXoKRmVicnVhcnkgMzBbSG9tZV0oIynigJkksRtbMzFtwrsoKXt7bmFtZX194oCL4oCdDQot4oCdSmFudWFyeSAxOCwgMjAxOQ0KCgpvbuKAi3t7bmFtZX19IyBCeSBBbmEgUnVpen0gIO+7v1N1YnNjcmliZXsNCox9ulRoZX1odHRwczovL3guZXhhbXBsZS9hCgoJPHA+XCQuDSogY2Fmw4PCqSLigJ0o8J+YgFJlYWQgbW9yZSki5pel5pys6Kqe44Gu6KiY5LqLIikgRmVicnVhcnkgMzDCrVwkLA==")]
    [InlineData("KTY8cD4ndlxKYW51YXJ5IDE4LCAyMDE5CeKAncKgQnkgQW5hIFJ1aXpjb3VuY2lsQnkgQW5hIFJ1aXpodHRwczovL3guZXhhbXBsZS9h4oCdJXMNICzigJkjIMKr8J+YgChTb3VyY2U6IEFQJ3t7bmFtZX19J1tIb21lXSgjKcKrACVzL7YK4oCLXCQyMDE5LTEzLTAx77u/XCRUaGXCuzEuIFNvdXJjZTogQVBTdWJzY3JpYmXml6XmnKzoqp7jga7oqJjkuosmYW1wO3sjIMB7Y2Fmw4PCqSxjYWbDg8KpAGh0dHBzOi8veC5leGFtcGxlL2EjZxtbMzFtJmFtcDso4oCLnD1dVGh1cnNkYXksAPCfmIBWdcSNacSHMjAxOS0xMy0wMQoK+CMgU291cmNlOiBBUCzxb24yMDE5LTEzLTAxe3tuYW1lfX0yMDE5LTEzLTAxY291bmNpbOKAnDEuIGh0dHBzOi8veC5leGFtcGxlL2ExLiBCeSBBbmEgUnVpeiogVGhlkzNi+IjmVGh1cnNkYXks4oCdJxehICxbXVN1YnNjcmliZUZlYnJ1YXJ5IDMwezEuIHvwn5iAW1N1YnNjcmliZVwkCXsyMDE5LTEzLTAxKiAgLFwkJyIKCigpWQkpMS4gY2Fmw4PCqVtIb21lXSgjKVNvdXJjZTogQVDigIsgLDxwPkphbnVhcnkgMTgsIDIwMTnigJ19Y2Fmw4PCqcK7IyANCsKge1RoZfCfmIDCoCJUaHVyc2RheSxGZWJydWFyeSAzMDIwMTktMTMtMDEib25dwqsJ8J+YgDxwPn0yMDE5LTEzLTAxICwyMDE5LTEzLTAxLb7NMS4gJmFtcDvigJ0KCsKgW0hvbWVdKCMpwqApJXPvu7/Cu9VvblsjIEZlYnJ1YXJ5IDMwY2Fmw4PCqSxeIyDCuzIwMTktMTMtMDHvu79odHRwczovL3guZXhhbXBsZS9h5nb8RmVicnVhcnkgMzBbXTqtLizpVUphbnVhcnkgMTgsIDIwMTkiY2Fmw4PCqfCfmIAr5ifCq8Kgwrt7IMKgY2Fmw4PCqXt7bmFtZX19c1NvdXJjZTogQVAqIMKtLgkt8J+YgFtIb21lXSgjKVJlYWQgbW9yZXNhaWTigIvwn5iASmFudWFyeSAxOCwgMjAxOSZhbXA7FQgg5pel5pys6Kqe44Gu6KiY5LqLfSDrDSaq4oCcQnkgQW5hIFJ1aXrCuwoKLW9uU3Vic2NyaWJlPHA+4oCdJyogQnkgQW5hIFJ1aXoAZgyUKiBcJDxwPlRoZUZlYnJ1YXJ5IDMwXCTigJ1zYWlkLlNvdXJjZTogQVDigIsmYW1wO2h0dHBzOi8veC5leGFtcGxlL2FodHRwczovL3guZXhhbXBsZS9hMS4gzWuDVnXEjWnEh++7v1Z1xI1pxIdWdcSNacSHY291bmNpbCAsb24lcw==")]
    public void Windows_find_what_the_whole_document_finds_on_inputs_that_once_differed(string base64)
    {
        var limits = new DocumentLimits { WholeDocumentBytes = 300, WindowBytes = 200, WindowMarginBytes = 64 };
        string[] local = ["CL3003", "CL5001", "CL5003", "CL5004"];
        var path = _folder.PathOf("w.txt");
        var configuration = _engine.Configuration.GetConfiguration(path);
        var bytes = Convert.FromBase64String(base64);

        var whole = _engine.Lint(Document.Create("w.txt", SourceDecoder.Decode(bytes)), configuration);
        var windowed = new DocumentLinter(_engine, limits, summarizer: null).LintStream(new DocumentInput(path, "w.txt"), new MemoryStream(bytes), configuration);

        Assert.Empty(windowed.Failures);
        Assert.Equal(Describe(whole, local), Describe(windowed, local));
    }

    [Fact]
    public void The_text_report_has_one_line_per_diagnostic_whatever_paths_and_messages_hold()
    {
        var anyText = Gen.Char.Array[0, 40].Select(c => new string(c));
        Gen.Select(anyText, anyText).Array[1, 20].Sample(
            pairs =>
            {
                using var output = new StringWriter { NewLine = "\n" };
                var reporter = new TextReporter();
                foreach (var (path, message) in pairs)
                {
                    reporter.Write(Diagnostic(path, message), output);
                }

                var lines = output.ToString().Split('\n');
                Assert.Equal(pairs.Length + 1, lines.Length);
                Assert.All(lines, l => Assert.DoesNotContain(l, c => c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\u202E'));
            },
            iter: 300);
    }

    [Fact]
    public void The_github_report_has_one_line_per_diagnostic_and_the_full_report_nothing_raw_whatever_they_hold()
    {
        var anyText = Gen.Char.Array[0, 40].Select(c => new string(c));
        Gen.Select(anyText, anyText, anyText).Array[1, 10].Sample(
            triples =>
            {
                using var github = new StringWriter { NewLine = "\n" };
                using var full = new StringWriter { NewLine = "\n" };
                var fullReporter = new FullReporter(useColor: false);
                foreach (var (path, message, line) in triples)
                {
                    var diagnostic = Finding(path, message, line);
                    new GitHubReporter().Write(diagnostic, github);
                    fullReporter.Write(diagnostic, full);
                }

                Assert.Equal(triples.Length + 1, github.ToString().Split('\n').Length);
                Assert.DoesNotContain(github.ToString(), c => c != '\n' && TerminalText.IsUnsafe(c));
                Assert.DoesNotContain(full.ToString(), c => c != '\n' && TerminalText.IsUnsafe(c));
            },
            iter: 300);
    }

    [Fact]
    public void The_json_report_is_valid_json_whatever_paths_and_messages_hold()
    {
        var anyText = Gen.Char.Array[0, 40].Select(c => new string(c));
        Gen.Select(anyText, anyText).Array[0, 10].Sample(
            pairs =>
            {
                using var output = new StringWriter();
                var reporter = new JsonReporter();
                reporter.Begin(output);
                foreach (var (path, message) in pairs)
                {
                    reporter.Write(Diagnostic(path, message), output);
                }

                reporter.End(new ReportSummary(1, 2, 3, 4, 5, TimeSpan.Zero), output);
                using var json = JsonDocument.Parse(output.ToString());
                Assert.Equal(pairs.Length, json.RootElement.GetProperty("diagnostics").GetArrayLength());
            },
            iter: 300);
    }

    private static LintDiagnostic Diagnostic(string path, string message) =>
        EngineDiagnostics.Create(EngineDiagnostics.NotLinted, path, message) with { Span = new TextSpan(0, 0) };

    /// <summary>A rule's finding on one line whose text (shown by <c>--format full</c>) is <paramref name="line"/>.</summary>
    private static LintDiagnostic Finding(string path, string message, string line) =>
        new(
            new Microsoft.CodeAnalysis.DiagnosticDescriptor("CL9999", "t", "{0}", "Hygiene", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, true),
            Severity.Warning,
            path,
            new TextSpan(0, 1),
            new Position(1, 1),
            new Position(1, 2),
            message,
            null,
            "fingerprint",
            new SourceExcerpt(line, 1, CutAtEnd: false));

    private static List<string> Describe(DocumentResult result, string[] ids) =>
        [.. result.Diagnostics.Where(d => ids.Contains(d.Id)).Select(d => $"{d.Id} {d.Start}-{d.End} {d.Span} {d.Message}")];

    private static void AssertInside(Document document, LintDiagnostic diagnostic)
    {
        Assert.True(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= document.Text.Length, $"{diagnostic.Id} span {diagnostic.Span} outside a text of {document.Text.Length}");
        Assert.True(diagnostic.Start.CompareTo(diagnostic.End) <= 0, $"{diagnostic.Id} ends before it starts");
        foreach (var position in new[] { diagnostic.Start, diagnostic.End })
        {
            Assert.InRange(position.Line, 1, document.Lines.Count);
            var line = document.Lines[position.Line - 1];
            Assert.InRange(position.Column, 1, line.Length + line.TerminatorLength + 1);
        }
    }
}
