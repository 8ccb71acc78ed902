using System.CommandLine;
using CorpusLint.Configuration;
using CorpusLint.Datasets;
using CorpusLint.Engine;
using CorpusLint.Project;
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
            if (!File.Exists(fullPath) && DatasetReader.TrySplitRecordPath(fullPath, out var dataset, out var name))
            {
                console.Output.WriteLine(DocumentInspector.ToJson(InspectRecord(console, path, dataset, name)));
                return ExitCodes.Clean;
            }

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

            var configuration = ReadingConfiguration(fullPath);
            var document = Document.Create(path.Replace('\\', '/'), SourceDecoder.Decode(bytes), configuration.Format, language: configuration.Language);
            console.Output.WriteLine(DocumentInspector.ToJson(document));
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>A record of a dataset (<c>news.jsonl#17</c>, <c>news.jsonl#a1b2</c>), read with the project's field mapping.</summary>
    private static Document InspectRecord(CliConsole console, string path, string dataset, string name)
    {
        var project = ProjectLocator.Locate(console.WorkingDirectory, projectFile: null, [dataset]);
        var input = new DocumentInput(dataset, path[..^(name.Length + 1)].Replace('\\', '/'));
        var record = DatasetReader.Find(input, name, project.Fields)
            ?? throw new UsageException($"{path}: {input.DisplayPath} has no record named '{name}' (a record is named by its id, or by its number when it has none)");
        if (record.Problem is { } problem)
        {
            throw new UsageException($"cannot inspect {path}: {problem}");
        }

        return RecordLinter.CreateDocument(path.Replace('\\', '/'), record.Text!, record, ReadingConfiguration(dataset));
    }

    /// <summary>The folder's configuration, for how lint reads the document (<c>corpuslint.format</c>, <c>corpuslint.language</c>); no rule runs here.</summary>
    private static DocumentConfiguration ReadingConfiguration(string fullPath) => new ConfigurationProvider([]).GetConfiguration(fullPath);
}
