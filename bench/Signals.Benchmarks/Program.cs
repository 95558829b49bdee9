using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*'
// Each job builds its own copy of the project; on a busy 2-core machine that can exceed BenchmarkDotNet's default 2 minutes.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
