using System.Text;
using CorpusLint.Cli;

// Standard output is buffered (a run may print millions of lines) and flushed before anything goes to standard error.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
return CorpusLintCli.Run(args, new CliConsole(output, Console.Error, StandardInput.Open, Directory.GetCurrentDirectory()));
