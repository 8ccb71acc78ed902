using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Corpus;
using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>
/// A document's effective configuration as a report snapshot's manifest keeps it: the hash of its whole fingerprint, and
/// the hash of what the corpus pass takes from it (<see cref="CorpusPass.SettingsOf"/>). A document whose configuration
/// changed but not the second can be linted into the stored report: what it adds to the corpus-wide counts is the same
/// function of its content as before.
/// </summary>
public readonly record struct ManifestConfiguration(Hash128 Whole, Hash128 CorpusSettings);

/// <summary>
/// Computes <see cref="ManifestConfiguration"/>s, XxHash128 of the fingerprints, once per configuration (documents of a
/// folder share one). Not thread-safe: a run's sink and a replay's walk are one thread.
/// </summary>
/// <param name="corpus">The run's corpus pass; none when its rules have no corpus-wide rule.</param>
public sealed class ConfigurationHashes(CorpusPass? corpus)
{
    private readonly Dictionary<DocumentConfiguration, ManifestConfiguration> _hashes = new(ReferenceEqualityComparer.Instance);

    public ManifestConfiguration Of(DocumentConfiguration configuration)
    {
        if (!_hashes.TryGetValue(configuration, out var hash))
        {
            hash = _hashes[configuration] = new ManifestConfiguration(
                Hash128.Of(Encoding.UTF8.GetBytes(configuration.Fingerprint)),
                Hash128.Of(Encoding.UTF8.GetBytes(corpus?.SettingsOf(configuration) ?? "no corpus pass")));
        }

        return hash;
    }
}
