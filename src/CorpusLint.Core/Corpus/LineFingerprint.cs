namespace CorpusLint.Corpus;

/// <summary>
/// A line a corpus-wide pass may report: the hash of its normalized text (within its group of documents) and where it is,
/// enough to report it and to offer the fix that deletes it without reading the document again.
/// </summary>
/// <param name="Hash">Hash of the group and the line's normalized text (stable across runs and machines).</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Start">Offset of the line's content in the decoded text.</param>
/// <param name="Length">Characters of the line's content.</param>
/// <param name="TerminatorLength">Characters of its line break (0, 1 or 2): the fix deletes them too.</param>
public readonly record struct LineFingerprint(ulong Hash, int Line, int Start, int Length, byte TerminatorLength);
