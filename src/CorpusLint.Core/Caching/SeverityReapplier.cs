using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Caching;

/// <summary>
/// Turns a cached result made under one set of severities into the result a lint under another would give, options
/// being equal: what a rule finds does not depend on its severity, so its findings take the new one, a rule turned off
/// loses them, and CL2012's summary takes its new severity (<see cref="ResultCodec.TryReapply"/>, on the encoded bytes).
/// A rule turned on since was never run on the document: that result cannot be re-used. Nor one that holds a CL0003,
/// which names its rule in its message only.
/// </summary>
internal sealed class SeverityReapplier(ResultCodec codec, int ruleCount)
{
    /// <summary>
    /// The payload of the result under <paramref name="configuration"/>'s severities, or null when it cannot be told
    /// without linting. Written through <paramref name="writer"/>, which it clears.
    /// </summary>
    /// <param name="madeUnder">The <see cref="DocumentConfiguration.SeverityKey"/> <paramref name="payload"/> was made under.</param>
    /// <exception cref="InvalidDataException">The payload is not a result the codec wrote for these rules.</exception>
    public byte[]? Reapply(byte[] payload, ReadOnlySpan<byte> madeUnder, DocumentInput input, DocumentConfiguration configuration, CacheWriter writer)
    {
        if (madeUnder.Length != configuration.SeverityKey.Length)
        {
            return null;
        }

        for (var i = 0; i < ruleCount; i++)
        {
            if (configuration.GetSeverity(i) != Severity.None && SeverityKeys.Get(madeUnder, i) == Severity.None)
            {
                return null;
            }
        }

        writer.Clear();
        return codec.TryReapply(payload, input, configuration, writer) ? writer.ToArray() : null;
    }
}
