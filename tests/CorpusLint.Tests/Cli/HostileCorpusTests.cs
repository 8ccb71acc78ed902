using System.Text;
using System.Text.Json;
using CorpusLint.Cli;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Cli;

/// <summary>
/// Issue 8's inputs together in one folder, linted at once as a user's archive would be: every file gets its message,
/// nothing hangs (the run is under a timeout), the exit code is 2. The slow inputs (a gigabyte on one line, a million
/// files) are measured in benchmarks/run-hardening.sh instead.
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [SkippableFact]
    public void Every_hostile_input_gets_its_message_and_the_run_ends_with_exit_2()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs, devices, raw file names and PATH_MAX are Linux's");
        var folder = _cli.Folder;
        folder.Write(".editorconfig", "root = true\n");
        folder.Write("article.txt", "By Ana Ruiz\n\nHARBOURTON, Thursday, October 17, 2024 — The council met.\n");
        folder.Write("nul.txt", "By Ana Ruiz\n\nThe council\0 met on Monday.\n");
        folder.Write("escape.txt", "By Ana Ruiz\n\nColour \u001b[31mred\u001b[0m text.\n");
        folder.Write("name\u001b[2J.txt", "Clear the screen.\n");
        folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
        folder.WriteBytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("By Ana Ruiz\n\nText“ here.\n")]);
        folder.WriteBytes("latin1.txt", [.. "Caf"u8, 0xE9, .. " au lait.\n"u8]);
        folder.Write("empty.txt", "");
        folder.Write("big.txt", new string('x', 300_000) + "\n");
        folder.Write("quotes.txt", string.Concat(Enumerable.Repeat("“‘", 10_000)) + "\n");
        folder.Write("spaces.txt", string.Concat(Enumerable.Repeat("Trailing \n", 12_000)));
        HostileFiles.MakeFifo(folder.PathOf("fifo.txt"));
        File.CreateSymbolicLink(folder.PathOf("zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(folder.PathOf("broken.txt"), folder.PathOf("nowhere.txt"));
        Directory.CreateSymbolicLink(folder.PathOf("loop"), folder.FullPath);
        HostileFiles.WriteRawName(folder.FullPath, [(byte)'x', 0xE9, .. ".txt"u8], "No newline");
        folder.WriteBytes("binary-config/.editorconfig", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        folder.Write("binary-config/a.txt", "Text.\n");
        folder.Write("bad-glob/.editorconfig", "[{{{]\ndotnet_diagnostic.CL5005.severity = none\n");
        folder.Write("bad-glob/a.txt", "Text.\n");
        var deep = folder.CreateFolder("deep");
        HostileFiles.MakeDeepFolders(deep, HostileFiles.DeepNesting, "a.txt", "Text.\n");
        try
        {
            var (exitCode, output, error) = HostileFiles.RunShell(folder.FullPath, "{cli} lint . --format json --max-document-size 256KB", TimeSpan.FromMinutes(3));

            Assert.Equal(ExitCodes.UsageOrFatal, exitCode);
            using var report = JsonDocument.Parse(output);
            var byPath = report.RootElement.GetProperty("diagnostics").EnumerateArray()
                .GroupBy(d => d.GetProperty("path").GetString()!)
                .ToDictionary(g => g.Key, g => g.Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("message").GetString()}").ToList());

            void Has(string path, string text) =>
                Assert.True(byPath.TryGetValue(path, out var found) && found.Any(m => m.Contains(text, StringComparison.Ordinal)), $"{path}: expected '{text}' in [{string.Join("; ", found ?? [])}]");

            Has("fifo.txt", "CL0001 Not linted: not a regular file (a FIFO)");
            Has("zero.txt", "CL0001 Not linted: not a regular file (a character device)");
            Has("big.txt", "CL0001 Not linted: larger than the size limit of 256 KB");
            Has("broken.txt", $"CL0001 Not linted: a broken symbolic link: its target '{folder.PathOf("nowhere.txt")}' does not exist");
            Has("image.txt", "CL5002 binary file, not linted");
            Has("latin1.txt", "CL5002 Invalid UTF-8");
            Has("nul.txt", "CL5003 Control character U+0000");
            Has("escape.txt", "CL5003 Control character U+001B");
            Has("utf16.txt", "CL4001");
            Has("quotes.txt", "CL4001 Quotation opened with");
            Has("spaces.txt", "CL0003 CL5004 found 2,000 more problem(s)");
            Has(@"x\xE9.txt", "CL5005");
            Has("name\u001b[2J.txt", "CL1001");
            Has("bad-glob/a.txt", "CL1001");
            Has("binary-config/a.txt", "CL1001");
            Assert.Single(byPath.Keys, k => k.StartsWith("deep/d/d/", StringComparison.Ordinal) && byPath[k].Any(m => m.Contains("longer than the operating system allows", StringComparison.Ordinal)));
            Assert.DoesNotContain(byPath.Keys, k => k.StartsWith("loop/", StringComparison.Ordinal));
            Assert.False(byPath.ContainsKey("empty.txt"));
            Assert.Contains("binary-config/.editorconfig(1): warning: binary content", error, StringComparison.Ordinal);
            Assert.Contains("bad-glob/.editorconfig(1): warning: [{{{] is not a valid section glob", error, StringComparison.Ordinal);
            Assert.Contains("5 not linted (CL0001)", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        }
        finally
        {
            HostileFiles.DeleteDeepFolders(deep);
        }
    }
}
