using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpsKnowledge.Benchmarks.CorpusGeneration;

namespace OpsKnowledge.Benchmarks.Micro;

/// <summary>Runs <see cref="HotPathBenchmarks"/> with BenchmarkDotNet (short job, in process) and saves mean times and MB/s for the report.</summary>
public static class MicroBenchmark
{
    public static int Run(string[] args)
    {
        var work = CorpusGenerator.Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "opsk-perf");
        // In process: no generated project to build, which matters on a shared two-core machine; 3 warm-ups, 5 iterations.
        var job = Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator)
            .WithArtifactsPath(Path.Combine(work, "BenchmarkDotNet.Artifacts"));
        var summary = BenchmarkRunner.Run<HotPathBenchmarks>(config, args.Where(a => a.StartsWith("--filter", StringComparison.Ordinal)).ToArray());

        var results = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r =>
            {
                var method = r.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                var meanNs = r.ResultStatistics!.Mean;
                var bytes = HotPathBenchmarks.BytesPerOperation.GetValueOrDefault(method);
                return new MicroResult
                {
                    Name = method,
                    Description = r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
                    MeanNanoseconds = meanNs,
                    BytesPerOperation = bytes,
                    MegabytesPerSecond = bytes == 0 ? 0 : bytes / 1e6 / (meanNs / 1e9),
                    AllocatedBytesPerOperation = r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0,
                };
            })
            .ToArray();
        var directory = Path.Combine(work, "results");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "micro.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        foreach (var result in results) Console.WriteLine($"{result.Description,-36} {result.MeanNanoseconds / 1e6,10:F3} ms  {result.MegabytesPerSecond,8:F2} MB/s");
        return results.Length > 0 ? 0 : 1;
    }
}
