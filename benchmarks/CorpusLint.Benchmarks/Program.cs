using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/CorpusLint.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
