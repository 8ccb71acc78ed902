namespace CorpusLint.Corpus;

/// <summary>A sink that wants the corpus pass's counts once every document was counted (a report snapshot keeps them).</summary>
public interface ICorpusCountsObserver
{
    void Counted(RepetitionCounts counts);
}
