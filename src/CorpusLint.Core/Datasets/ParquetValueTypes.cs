using System.Numerics;
using Parquet;
using Parquet.File.Values.Primitives;
using Parquet.Schema;

namespace CorpusLint.Datasets;

/// <summary>Work on one Parquet column whose raw values are of type <c>T</c>.</summary>
internal interface IParquetColumnWork<out TResult>
{
    TResult Run<T>()
        where T : struct;
}

/// <summary>
/// The value types Parquet.Net reads a column's raw values as, each named here: a column's work runs as the generic
/// instantiation for its type, chosen by a type test, not made at run time with <c>MakeGenericMethod</c>, which the
/// native build (compiled ahead of time, without a JIT) cannot run for an instantiation it did not compile.
/// </summary>
internal static class ParquetValueTypes
{
    public static TResult Dispatch<TResult, TWork>(DataField field, TWork work)
        where TWork : IParquetColumnWork<TResult>
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        return type switch
        {
            _ when type == typeof(ReadOnlyMemory<char>) => work.Run<ReadOnlyMemory<char>>(),
            _ when type == typeof(ReadOnlyMemory<byte>) => work.Run<ReadOnlyMemory<byte>>(),
            _ when type == typeof(bool) => work.Run<bool>(),
            _ when type == typeof(byte) => work.Run<byte>(),
            _ when type == typeof(sbyte) => work.Run<sbyte>(),
            _ when type == typeof(short) => work.Run<short>(),
            _ when type == typeof(ushort) => work.Run<ushort>(),
            _ when type == typeof(int) => work.Run<int>(),
            _ when type == typeof(uint) => work.Run<uint>(),
            _ when type == typeof(long) => work.Run<long>(),
            _ when type == typeof(ulong) => work.Run<ulong>(),
            _ when type == typeof(float) => work.Run<float>(),
            _ when type == typeof(double) => work.Run<double>(),
            _ when type == typeof(decimal) => work.Run<decimal>(),
            _ when type == typeof(BigInteger) => work.Run<BigInteger>(),
            _ when type == typeof(DateTime) => work.Run<DateTime>(),
            _ when type == typeof(DateTimeOffset) => work.Run<DateTimeOffset>(),
            _ when type == typeof(DateOnly) => work.Run<DateOnly>(),
            _ when type == typeof(TimeOnly) => work.Run<TimeOnly>(),
            _ when type == typeof(TimeSpan) => work.Run<TimeSpan>(),
            _ when type == typeof(Guid) => work.Run<Guid>(),
            _ when type == typeof(Interval) => work.Run<Interval>(),
            _ => throw new NotSupportedException($"column '{field.Path}' holds values of type {type.Name}, which CorpusLint does not read"),
        };
    }

    /// <summary>
    /// A column chunk's raw values (packed: only defined entries have one; <see cref="Defined"/> of them) with its
    /// definition and repetition levels (null when the column has none), read through Parquet's typed entry point.
    /// </summary>
    public static async Task<RawColumn<T>> ReadRawAsync<T>(ParquetRowGroupReader group, DataField field)
        where T : struct
    {
        var levels = group.GetMetadata(field)?.MetaData?.NumValues
            ?? throw new InvalidDataException($"the file has no column chunk metadata for '{field.Path}'");
        var count = checked((int)levels);
        var values = new T[count];
        var definitions = field.MaxDefinitionLevel > 0 ? new int[count] : null;
        var repetitions = field.MaxRepetitionLevel > 0 ? new int[count] : null;
        // Absent levels go as no memory: a null array would convert to an empty one, which Parquet refuses.
        await group.ReadRawAsync<T>(field, values, definitions?.AsMemory(), repetitions?.AsMemory()).ConfigureAwait(false);
        var defined = definitions is null ? count : definitions.Count(d => d == field.MaxDefinitionLevel);
        return new RawColumn<T>(values, defined, definitions, repetitions);
    }
}

/// <summary>One column chunk's raw values and levels (see <see cref="ParquetValueTypes.ReadRawAsync{T}"/>).</summary>
internal sealed record RawColumn<T>(T[] Values, int Defined, int[]? Definitions, int[]? Repetitions)
    where T : struct;
