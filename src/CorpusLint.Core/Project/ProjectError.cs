namespace CorpusLint.Project;

/// <summary>
/// A mistake in a project's configuration (<c>corpuslint.json</c>, a custom rule that does not compile):
/// printed as <c>path(line,col): error: message</c>, like a compiler error, and the run exits 2.
/// </summary>
/// <param name="FullPath">The file at fault, or empty when the error is about the command rather than a file.</param>
/// <param name="Line">1-based line, or 0 when the error is about the whole file.</param>
/// <param name="Column">1-based column in UTF-16 code units, or 0.</param>
/// <param name="Code">An error code printed after <c>error</c> (<c>CS0246</c> for the C# compiler), or empty.</param>
public sealed record ProjectError(string FullPath, int Line, int Column, string Message, string Code = "")
{
    /// <summary>The line as printed, with the file's path relative to <paramref name="workingDirectory"/> where possible.</summary>
    public string Format(string workingDirectory)
    {
        var what = Code.Length > 0 ? $"error {Code}" : "error";
        if (FullPath.Length == 0)
        {
            return $"{what}: {Message}";
        }

        var path = ProjectPaths.Display(workingDirectory, FullPath);
        return Line > 0 ? $"{path}({Line},{Column}): {what}: {Message}" : $"{path}: {what}: {Message}";
    }
}

/// <summary>The project cannot be used as configured; <see cref="Errors"/> says why, each naming its file and position.</summary>
public sealed class ProjectConfigurationException(IReadOnlyList<ProjectError> errors)
    : Exception(errors.Count > 0 ? errors[0].Message : "invalid project configuration")
{
    public IReadOnlyList<ProjectError> Errors { get; } = errors;

    public ProjectConfigurationException(ProjectError error)
        : this([error])
    {
    }
}
