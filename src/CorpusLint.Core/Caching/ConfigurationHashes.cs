using System.IO.Hashing;
using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>
/// The hash a manifest keeps of a document's effective configuration: XxHash128 of its fingerprint, computed once per
/// configuration (documents of a folder share one). Not thread-safe: a run's sink and a replay's walk are one thread.
/// </summary>
public sealed class ConfigurationHashes
{
    private readonly Dictionary<DocumentConfiguration, Hash128> _hashes = new(ReferenceEqualityComparer.Instance);

    public Hash128 Of(DocumentConfiguration configuration)
    {
        if (!_hashes.TryGetValue(configuration, out var hash))
        {
            hash = _hashes[configuration] = Hash128.Of(Encoding.UTF8.GetBytes(configuration.Fingerprint));
        }

        return hash;
    }
}
