namespace CorpusLint.Configuration;

/// <summary>A problem in a configuration file: reported as a warning, never a crash.</summary>
public sealed record ConfigurationIssue(string Path, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line}): warning: {Message}" : $"{Path}: warning: {Message}";
}
