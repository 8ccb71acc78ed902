using System.CommandLine;
using CorpusLint.Engine;
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
            if (Directory.Exists(fullPath))
            {
                throw new UsageException($"{path} is a folder; inspect takes one file (lint takes folders)");
            }

            if (!File.Exists(fullPath))
            {
                throw new UsageException($"file not found: {path}");
            }

            // inspect shows a whole document's model, so it takes what the engine would lint whole.
            var bytes = DocumentFile.ReadAll(fullPath, DocumentLimits.DefaultWholeDocumentBytes, out var problem)
                ?? throw new UsageException($"cannot inspect {path}: {problem}");

            var document = Document.Create(path.Replace('\\', '/'), SourceDecoder.Decode(bytes));
            console.Output.WriteLine(DocumentInspector.ToJson(document));
            return ExitCodes.Clean;
        });
        return command;
    }
}
