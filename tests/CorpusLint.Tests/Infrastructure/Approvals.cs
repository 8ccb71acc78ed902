using System.Runtime.CompilerServices;

namespace CorpusLint.Tests.Infrastructure;

/// <summary>
/// A small approval (snapshot) helper following Verify's conventions, since the registry here does not
/// serve Verify: <c>NAME.verified.txt</c> is committed beside the test; on a mismatch the actual text is
/// written to <c>NAME.received.txt</c> and the test fails. Set <c>CORPUSLINT_ACCEPT=1</c> to accept
/// received text as verified (read the diff first).
/// </summary>
public static class Approvals
{
    public const string AcceptVariable = "CORPUSLINT_ACCEPT";

    public static void Verify(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "snapshots");
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, name + ".verified.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        var normalized = Normalize(actual);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(expected is null
            ? $"No verified snapshot yet: review {receivedPath} and accept it with {AcceptVariable}=1."
            : $"Snapshot mismatch: compare {receivedPath} with {verifiedPath}; accept with {AcceptVariable}=1 if the change is right.\n"
              + FirstDifference(expected, normalized));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}:\n  verified: {e}\n  received: {a}";
            }
        }

        return string.Empty;
    }
}
