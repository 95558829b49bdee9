using BenchmarkDotNet.Attributes;
using Signals.Analytics.EventStudies;
using Signals.Data;
using Signals.SampleData;
using Signals.Features;

namespace Signals.Benchmarks.Research;

/// <summary>
/// The event study on the committed sample (data/sample: 42 symbols × 1,258 days, 22,819 headlines scored with
/// their planted tone), offsets −10..+20: the target is at most 100 ms.
/// </summary>
[MemoryDiagnoser, MedianColumn]
[InstructionSetJobs(warmupCount: 2, iterationCount: 10)]
public class EventStudyBenchmarks
{
    private BarPanel _prices = null!;
    private List<ScoredHeadline> _headlines = null!;

    [GlobalSetup]
    public void Setup()
    {
        string folder = SampleFolder();
        _prices = BarPanel.FromSeries(PriceCsv.LoadMany(Path.Combine(folder, "prices.csv")));
        var news = NewsFile.Load(Path.Combine(folder, "news.csv"));
        var truth = SampleTruth.Load(Path.Combine(folder, "news_truth.csv"));
        _headlines = news.Select(n => new ScoredHeadline(n.Id, n.Published, n.Symbols, truth[n.Id].Tone)).ToList();
        if (_headlines.Count != 22_819) throw new InvalidOperationException($"Expected the committed sample's 22,819 headlines, found {_headlines.Count}.");
    }

    [Benchmark]
    public EventStudyResult BenchmarkAdjusted() => EventStudy.Run(_prices, _headlines);

    [Benchmark]
    public EventStudyResult MarketModel() => EventStudy.Run(_prices, _headlines, new EventStudyOptions { Model = AbnormalReturnModel.MarketModel });

    /// <summary>The repository's data/sample, found upwards from the benchmark's folder (BenchmarkDotNet runs from a generated bin folder).</summary>
    internal static string SampleFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "sample");
            if (File.Exists(Path.Combine(dir.FullName, "Signals.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("data/sample not found above " + AppContext.BaseDirectory + "; run the benchmark from the repository.");
    }
}
