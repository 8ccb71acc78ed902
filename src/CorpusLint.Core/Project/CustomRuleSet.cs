using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using CorpusLint.IO;
using CorpusLint.Rules;

namespace CorpusLint.Project;

/// <summary>A C# rule of the project and where its class is declared (for messages about it).</summary>
public sealed record CustomRule(Rule Rule, string FullPath, int Line, int Column);

/// <summary>
/// The C# rules of a project's <c>customRules</c> folder, compiled once per version of their sources and kept in
/// the cache folder (<c>custom-rules/&lt;hash&gt;.dll</c>), so that a run with unchanged rules does not start the
/// compiler at all. They are loaded into a collectible <see cref="AssemblyLoadContext"/> that
/// <see cref="Dispose"/> unloads. The rule API (<c>CorpusLint.Core</c>) comes from the tool itself, so the
/// project's rules are the same <see cref="Rule"/> type the engine runs.
/// </summary>
public sealed class CustomRuleSet : IDisposable
{
    /// <summary>The folder under the project's cache folder that holds compiled rule assemblies.</summary>
    public const string CacheFolderName = "custom-rules";

    /// <summary>Why the trimming analysis's warnings about loading code do not apply: only the native build is trimmed.</summary>
    internal const string NotInNativeBuild = "Only the native build is trimmed, and it refuses C# rules before loading any (ToolInfo.IsNativeBuild).";

    private readonly AssemblyLoadContext? _context;

    private CustomRuleSet(IReadOnlyList<CustomRule> rules, string sourceHash, bool compiled, IReadOnlyList<string> warnings, AssemblyLoadContext? context)
    {
        Rules = rules;
        SourceHash = sourceHash;
        Compiled = compiled;
        Warnings = warnings;
        _context = context;
    }

    /// <summary>The rules, ordered by ID.</summary>
    public IReadOnlyList<CustomRule> Rules { get; }

    /// <summary>The hash of the sources (and of the tool build) the rules were compiled from; part of cache keys.</summary>
    public string SourceHash { get; }

    /// <summary>Whether this run compiled the rules (false when the cache served them).</summary>
    public bool Compiled { get; }

    /// <summary>Problems that did not stop the run (the cache could not be written, or had to be rebuilt).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Compiles (or takes from <paramref name="cacheDirectory"/>) and loads the rules in <paramref name="rulesDirectory"/>.</summary>
    /// <exception cref="ProjectConfigurationException">A file does not compile, a rule class cannot be used, or this is the native build.</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = NotInNativeBuild)]
    public static CustomRuleSet Load(string rulesDirectory, string cacheDirectory)
    {
        CustomRuleSources sources;
        try
        {
            sources = CustomRuleSources.Read(rulesDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProjectConfigurationException(new ProjectError(rulesDirectory, 0, 0, $"cannot read the custom rules folder: {e.Message}"));
        }

        if (sources.Files.Count == 0)
        {
            return new CustomRuleSet([], sources.Hash, compiled: false, [], context: null);
        }

        if (ToolInfo.IsNativeBuild)
        {
            throw new ProjectConfigurationException(new ProjectError(rulesDirectory, 0, 0,
                "this is the native build of corpuslint, which cannot compile or load C# rules: lint this project with the .NET build (README, \"Installing the CLI\"), or pass --no-custom-rules to lint without them"));
        }

        var warnings = new List<string>();
        var cacheFile = Path.Combine(cacheDirectory, CacheFolderName, sources.Hash + ".dll");
        if (TryReadCache(cacheFile, warnings) is { } cached)
        {
            var context = new CustomRuleLoadContext(sources.Hash);
            try
            {
                var assembly = context.LoadFromStream(new MemoryStream(cached));
                return new CustomRuleSet(Instantiate(assembly, rulesDirectory), sources.Hash, compiled: false, warnings, context);
            }
            catch (BadImageFormatException)
            {
                context.Unload();
                warnings.Add($"warning: the compiled custom rules in {cacheFile} were damaged; compiled them again");
            }
            catch
            {
                context.Unload();
                throw;
            }
        }

        var (bytes, errors) = CustomRuleCompiler.Compile(sources);
        if (bytes is null)
        {
            throw new ProjectConfigurationException(errors);
        }

        WriteCache(cacheDirectory, cacheFile, bytes, warnings);
        var fresh = new CustomRuleLoadContext(sources.Hash);
        try
        {
            return new CustomRuleSet(Instantiate(fresh.LoadFromStream(new MemoryStream(bytes)), rulesDirectory), sources.Hash, compiled: true, warnings, fresh);
        }
        catch
        {
            fresh.Unload();
            throw;
        }
    }

    /// <summary>Unloads the rules' assembly (once nothing refers to their instances any more).</summary>
    public void Dispose() => _context?.Unload();

    private static byte[]? TryReadCache(string cacheFile, List<string> warnings)
    {
        try
        {
            return File.Exists(cacheFile) ? File.ReadAllBytes(cacheFile) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"warning: cannot read the compiled custom rules in {cacheFile} ({e.Message}); compiling them again");
            return null;
        }
    }

    private static void WriteCache(string cacheDirectory, string cacheFile, byte[] bytes, List<string> warnings)
    {
        try
        {
            if (!Directory.Exists(cacheDirectory))
            {
                Directory.CreateDirectory(cacheDirectory);
                // Like ruff's and pytest's caches: the folder keeps itself out of version control.
                AtomicFile.WriteAllBytes(Path.Combine(cacheDirectory, ".gitignore"), "# Created by CorpusLint\n*\n"u8);
            }

            var folder = Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
            AtomicFile.WriteAllBytes(cacheFile, bytes);

            // Older versions of the rules are never read again.
            foreach (var stale in folder.EnumerateFiles("*.dll").Where(f => f.FullName != cacheFile))
            {
                stale.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"warning: cannot write the compiled custom rules to {cacheFile} ({e.Message}); they will be compiled again next run");
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = NotInNativeBuild)]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = NotInNativeBuild)]
    private static List<CustomRule> Instantiate(Assembly assembly, string rulesDirectory)
    {
        var locations = ReadLocations(assembly, rulesDirectory);
        var rules = new List<CustomRule>();
        var errors = new List<ProjectError>();
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            throw new ProjectConfigurationException(new ProjectError(rulesDirectory, 0, 0, $"the custom rules cannot be loaded: {e.LoaderExceptions.FirstOrDefault()?.Message ?? e.Message}"));
        }

        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Rule).IsAssignableFrom(t)))
        {
            var (path, line, column) = locations.TryGetValue(type.FullName ?? type.Name, out var location) ? location : (rulesDirectory, 0, 0);
            if (type.GetConstructor(Type.EmptyTypes) is not { } constructor)
            {
                errors.Add(new ProjectError(path, line, column, $"rule class {type.Name} needs a public constructor without parameters"));
                continue;
            }

            try
            {
                var rule = (Rule)constructor.Invoke(null);
                _ = rule.Descriptor.Id;
                rules.Add(new CustomRule(rule, path, line, column));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The project's own code: whatever it throws is the project's error, reported without a stack trace.
                var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
                errors.Add(new ProjectError(path, line, column, $"rule class {type.Name} could not be created: {cause.GetType().Name}: {cause.Message}"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ProjectConfigurationException(errors);
        }

        return [.. rules.OrderBy(r => r.Rule.Id, StringComparer.Ordinal)];
    }

    private static Dictionary<string, (string Path, int Line, int Column)> ReadLocations(Assembly assembly, string rulesDirectory)
    {
        var locations = new Dictionary<string, (string, int, int)>(StringComparer.Ordinal);
        using var stream = assembly.GetManifestResourceStream(CustomRuleCompiler.LocationsResource);
        if (stream is null)
        {
            return locations;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Split('\t') is [var name, var file, var row, var column])
            {
                locations[name] = (Path.GetFullPath(file, rulesDirectory), int.Parse(row, CultureInfo.InvariantCulture), int.Parse(column, CultureInfo.InvariantCulture));
            }
        }

        return locations;
    }

    /// <summary>
    /// A collectible context that resolves nothing itself: every reference (the rule API, the runtime) falls back to
    /// the default context, so the project's rules share the engine's types.
    /// </summary>
    private sealed class CustomRuleLoadContext(string hash) : AssemblyLoadContext($"CorpusLint custom rules {hash[..16]}", isCollectible: true);
}
