using System.Buffers;
using System.Text.Json;

namespace CorpusLint.Reporting;

/// <summary>
/// Brings the writer of a streamed JSON report that has just written its head (into a buffer that is thrown away) to
/// where a body of some items leaves it, inside the array, after an item or not: whatever comes next (an item, or the
/// ending) is then written byte for byte as after the real body (<see cref="ISpliceableReporter.ResumeBody"/>).
/// </summary>
internal static class JsonBodyResume
{
    public static void After(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, int itemsWritten)
    {
        if (itemsWritten > 0)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        writer.Flush();
        buffer.ResetWrittenCount();
    }
}
