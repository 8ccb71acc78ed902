using BenchmarkDotNet.Running;
using CorpusLint.Benchmarks;

// dotnet run -c Release --project benchmarks/CorpusLint.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/CorpusLint.Benchmarks -- generate --count 100000 --out /tmp/corpus
// dotnet run -c Release --project benchmarks/CorpusLint.Benchmarks -- generate-jsonl --bytes 5G --out /tmp/news.jsonl
// dotnet run -c Release --project benchmarks/CorpusLint.Benchmarks -- generate-parquet --count 500 --out /tmp/news.parquet
if (args.Length > 0 && args[0] == "generate")
{
    return CorpusGenerator.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "generate-jsonl")
{
    return JsonlGenerator.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "generate-parquet")
{
    return ParquetGenerator.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
