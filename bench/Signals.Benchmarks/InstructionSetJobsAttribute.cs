using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Signals.Benchmarks;

/// <summary>
/// Runs a benchmark class twice: as the machine allows ("default": AVX-512 where the CPU has it) and with the .NET
/// runtime's AVX-512 paths switched off, so a figure is reproducible on either kind of CPU. On .NET 10 the switch is
/// DOTNET_EnableAVX512=0 (checked here: Avx512F.IsSupported and Vector512.IsHardwareAccelerated turn false); the older
/// DOTNET_EnableAVX512F=0 is ignored by .NET 10 and is set too only for older runtimes. The summary's HardwareIntrinsics line names the
/// instruction set each job ran on. Native code (ONNX Runtime's MLAS) picks its own kernels and ignores the switch.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InstructionSetJobsAttribute : Attribute, IConfigSource
{
    public const string NoAvx512Variable = "DOTNET_EnableAVX512";
    private const string OlderRuntimesVariable = "DOTNET_EnableAVX512F";

    public InstructionSetJobsAttribute(RunStrategy strategy = RunStrategy.Throughput, int launchCount = -1, int warmupCount = -1, int iterationCount = -1)
    {
        var job = Job.Default.WithStrategy(strategy);
        if (launchCount > 0) job = job.WithLaunchCount(launchCount);
        if (warmupCount >= 0) job = job.WithWarmupCount(warmupCount);
        if (iterationCount > 0) job = job.WithIterationCount(iterationCount);
        Config = ManualConfig.CreateEmpty()
            .AddJob(job.WithId("default"))
            .AddJob(job.WithEnvironmentVariables(new EnvironmentVariable(NoAvx512Variable, "0"), new EnvironmentVariable(OlderRuntimesVariable, "0")).WithId("no-avx512"));
    }

    public IConfig Config { get; }
}
