using System.CommandLine;
using System.Globalization;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// Options whose value is a whole number with a least allowed value: anything else is a usage error that says what was
/// expected (the parser's own message names a .NET type, which tells a user nothing).
/// </summary>
internal static class CountOption
{
    /// <param name="expected">What the number counts, as the error says it: "a number of warnings".</param>
    public static Option<int?> Create(string name, string description, string expected, int minimum, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) && count >= minimum)
            {
                return count;
            }

            result.AddError($"{name}: expected {expected}, {minimum} or more, got '{text}'");
            return null;
        },
    };
}
