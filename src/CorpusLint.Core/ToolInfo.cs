using System.Reflection;

namespace CorpusLint;

public static class ToolInfo
{
    /// <summary>The tool's version (informational version without build metadata).</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
