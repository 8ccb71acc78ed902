using System.Text;
using CorpusLint.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CorpusLintCli.Run(args, new CliConsole(Console.Out, Console.Error, Console.OpenStandardInput, Directory.GetCurrentDirectory()));
