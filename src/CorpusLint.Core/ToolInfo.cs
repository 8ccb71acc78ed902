using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace CorpusLint;

public static class ToolInfo
{
    /// <summary>The tool's version (informational version without build metadata).</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>
    /// Whether this is the native build (compiled ahead of time, no JIT: the CLI published with <c>PublishAot</c> sets
    /// the switch): it cannot compile or load code at run time, so a project's C# rules need the .NET build.
    /// </summary>
    /// <remarks>
    /// A feature switch: the native build's compiler takes it for the constant true and drops the code behind it, so
    /// the C# compiler that only C# rules need is not in the native build at all (it would be the bulk of its image).
    /// </remarks>
    [FeatureSwitchDefinition("CorpusLint.NativeBuild")]
    public static bool IsNativeBuild => AppContext.TryGetSwitch("CorpusLint.NativeBuild", out var native) && native;
}
