using CorpusLint.Engine;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Engine;

/// <summary><see cref="DocumentFile.HashContent"/>: the content hash a linted document's result is cached under, or nothing.</summary>
public sealed class DocumentContentHashTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Gives_the_hash_of_the_whole_content()
    {
        var text = "By Ana Ruiz\n\nThe council met on Tuesday.\n"u8.ToArray();
        var path = _folder.WriteBytes("a/story.txt", text);

        Assert.Equal(Hash128.Of(text), DocumentFile.HashContent(path, text.Length));
    }

    [Fact]
    public void Gives_nothing_for_another_length_a_folder_a_missing_file_or_a_fifo()
    {
        var path = _folder.Write("a/story.txt", "Text.\n");
        var fifo = _folder.PathOf("a/pipe.txt");
        if (HostileFiles.OnUnix)
        {
            HostileFiles.MakeFifo(fifo);
            Assert.Null(DocumentFile.HashContent(fifo, 0));
        }

        Assert.Null(DocumentFile.HashContent(path, 5));
        Assert.Null(DocumentFile.HashContent(_folder.PathOf("a"), 0));
        Assert.Null(DocumentFile.HashContent(_folder.PathOf("a/missing.txt"), 6));
    }
}
