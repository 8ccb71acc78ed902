using System.CommandLine;
using CorpusLint.Model;
using CorpusLint.Reporting;
using CorpusLint.Text;

namespace CorpusLint.Cli.Commands;

/// <summary><c>corpuslint inspect FILE</c>: the document model as JSON, to understand a diagnostic.</summary>
internal static class InspectCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The document to inspect" };
        var command = new Command("inspect", "Print the document model (paragraphs, quotations, links, ...) as JSON") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var fullPath = Path.GetFullPath(path, console.WorkingDirectory);
            if (!File.Exists(fullPath))
            {
                throw new UsageException($"file not found: {path}");
            }

            var document = Document.Create(path.Replace('\\', '/'), SourceDecoder.Decode(File.ReadAllBytes(fullPath)));
            console.Output.WriteLine(DocumentInspector.ToJson(document));
            return ExitCodes.Clean;
        });
        return command;
    }
}
