using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
