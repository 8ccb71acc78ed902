using System.CommandLine;
using CorpusLint.Engine.Sharding;

namespace CorpusLint.Cli.Commands;

/// <summary><c>--shard K/N</c>: lint one part of the corpus; a value that is not a part of N parts is a usage error (exit 2).</summary>
internal static class ShardOption
{
    public static Option<Shard?> Create() => new("--shard")
    {
        Description = "Lint only part K of N (1-based): documents are split by a stable hash of their path relative to the current folder; `corpuslint merge` joins the parts' JSON reports",
        HelpName = "K/N",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (Shard.TryParse(text, out var shard, out var error))
            {
                return shard;
            }

            result.AddError($"--shard: {error}");
            return null;
        },
    };
}
