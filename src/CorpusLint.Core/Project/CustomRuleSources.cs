using System.IO.Hashing;
using System.Text;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Project;

/// <summary>One C# file of a project's rules folder.</summary>
internal sealed record CustomRuleSource(string FullPath, string RelativePath, byte[] Bytes);

/// <summary>The C# files of a project's rules folder and the hash that names their compiled assembly in the cache.</summary>
internal sealed class CustomRuleSources
{
    // Files a build of the rules folder leaves (a .csproj beside the rules, for the IDE, writes obj/*.cs).
    private static readonly string[] SkippedFolders = ["bin", "obj"];

    private CustomRuleSources(string folder, IReadOnlyList<CustomRuleSource> files, string hash)
    {
        Folder = folder;
        Files = files;
        Hash = hash;
    }

    public string Folder { get; }

    public IReadOnlyList<CustomRuleSource> Files { get; }

    /// <summary>
    /// Hex XxHash128 of every file's path and bytes, the tool's version and the build of the rule API: a compiled
    /// assembly is reused only by the same sources against the same API it was compiled against.
    /// </summary>
    public string Hash { get; }

    public static CustomRuleSources Read(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, MatchCasing = MatchCasing.CaseSensitive };
        var files = Directory.EnumerateFiles(folder, "*.cs", options)
            .Select(path => (Full: path, Relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .Where(f => !SkippedFolders.Contains(f.Relative.Split('/')[0]))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new CustomRuleSource(f.Full, f.Relative, File.ReadAllBytes(f.Full)))
            .ToList();

        // XxHash128 rather than SHA-256: this guards against stale builds, not attackers, and SHA-256 would start OpenSSL on every run.
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes($"{ToolInfo.Version}\n{typeof(Rule).Assembly.ManifestModule.ModuleVersionId}\n{typeof(DiagnosticDescriptor).Assembly.ManifestModule.ModuleVersionId}\n"));
        foreach (var file in files)
        {
            hash.Append(Encoding.UTF8.GetBytes($"{file.RelativePath}\n{file.Bytes.Length}\n"));
            hash.Append(file.Bytes);
        }

        return new CustomRuleSources(folder, files, Convert.ToHexStringLower(hash.GetCurrentHash()));
    }
}
