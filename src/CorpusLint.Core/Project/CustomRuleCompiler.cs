using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Project;

/// <summary>
/// Compiles a project's C# rules with Roslyn against the public rule API (<c>CorpusLint.Core</c>, the assembly the
/// built-in rules use, and <c>Microsoft.CodeAnalysis</c> for <see cref="DiagnosticDescriptor"/>) and the .NET
/// runtime, with the global usings of an SDK class library.
/// </summary>
internal static class CustomRuleCompiler
{
    /// <summary>The embedded resource that tells where each class was declared (full name, file, line, column; tab-separated).</summary>
    public const string LocationsResource = "CorpusLint.RuleLocations";

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The compiled assembly, or the compiler's errors (each with its file, line and column).</summary>
    public static (byte[]? Assembly, IReadOnlyList<ProjectError> Errors) Compile(CustomRuleSources sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Files
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Bytes, f.Bytes.Length, Encoding.UTF8, canBeEmbedded: true), parseOptions, f.FullPath))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "ImplicitUsings.g.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create(
            $"CorpusLint.ProjectRules.{sources.Hash[..16]}",
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

        var locations = DeclaredTypes(compilation, sources.Folder);
        using var assembly = new MemoryStream();
        var resource = new ResourceDescription(LocationsResource, () => new MemoryStream(Encoding.UTF8.GetBytes(locations)), isPublic: true);
        var result = compilation.Emit(assembly, manifestResources: [resource]);
        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(ToError)
            .OrderBy(e => e.FullPath, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
        return result.Success ? (assembly.ToArray(), []) : (null, errors);
    }

    private static ProjectError ToError(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource)
        {
            return new ProjectError(string.Empty, 0, 0, message, diagnostic.Id);
        }

        var span = diagnostic.Location.GetLineSpan();
        return new ProjectError(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message, diagnostic.Id);
    }

    // Top-level classes are enough: the engine instantiates top-level rule classes only by their full name.
    private static string DeclaredTypes(CSharpCompilation compilation, string folder)
    {
        var text = new StringBuilder();
        foreach (var type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            if (type.ContainingType is null && type.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
            {
                var span = location.GetLineSpan();
                var name = type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : $"{type.ContainingNamespace.ToDisplayString()}.{type.MetadataName}";
                text.Append(CultureInfo.InvariantCulture, $"{name}\t{Path.GetRelativePath(folder, span.Path)}\t{span.StartLinePosition.Line + 1}\t{span.StartLinePosition.Character + 1}\n");
            }
        }

        return text.ToString();
    }

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = CustomRuleSet.NotInNativeBuild)]
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The runtime's own assemblies (not the tool's other dependencies), then the rule API.
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeFolder, StringComparison.Ordinal));
        string[] ruleApi = [typeof(Rule).Assembly.Location, typeof(DiagnosticDescriptor).Assembly.Location];
        return [.. platform.Concat(ruleApi).Distinct(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
