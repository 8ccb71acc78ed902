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
    public static bool IsNativeBuild { get; } = AppContext.TryGetSwitch("CorpusLint.NativeBuild", out var native) && native;
}
