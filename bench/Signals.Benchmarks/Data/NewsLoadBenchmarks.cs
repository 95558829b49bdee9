using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Signals.Data;

namespace Signals.Benchmarks.Data;

/// <summary>
/// Loading a news CSV shaped like the scale universe's (id, ISO timestamp with offset, one of 2,000 tickers, a
/// headline, one of six sources), generated once per run: 200,000 rows. Each operation is one row, so the Op/s column
/// reads as rows per second. The target is 800,000 rows in at most 2 s of CPU time (400,000 rows/s).
/// </summary>
[MemoryDiagnoser, MedianColumn]
[InstructionSetJobs(warmupCount: 2, iterationCount: 8)]
[Config(typeof(RowsPerSecond))]
public class NewsLoadBenchmarks
{
    private const int Rows = 200_000;
    private string _folder = null!;
    private string _path = null!;

    /// <summary>Adds the operations-per-second column, which with one operation per row is rows per second.</summary>
    private sealed class RowsPerSecond : ManualConfig
    {
        public RowsPerSecond() => AddColumn(StatisticColumn.OperationsPerSecond);
    }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "signals-bench-news-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "news.csv");
        using var writer = new StreamWriter(_path);
        NewsFile.WriteCsv(writer, Generate());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(OperationsPerInvoke = Rows)]
    public int LoadCsv() => NewsFile.LoadWithReport(_path).Items.Count;

    /// <summary>Seeded headlines in file order by ticker, as the scale generator writes them (so loading also sorts).</summary>
    private static IEnumerable<NewsItem> Generate()
    {
        var rng = new Random(42);
        string[] sources = ["MarketPulse Daily", "StreetBuzz", "Tickertape News", "Meridian Wire", "Ledger Line", "The Tape"];
        string[] templates = ["{0} coverage initiated at Palisade Research with ${1} target", "{0} Corp raises full-year outlook after record quarter, shares jump {1}%",
            "{0} price target cut to ${1} at Ellery Capital; Hold rating reiterated", "Unusual options activity seen in {0} calls"];
        var start = new DateTime(2005, 1, 3, 0, 0, 0, DateTimeKind.Unspecified);
        const int tickers = 2_000;
        for (int row = 0; row < Rows; row++)
        {
            string ticker = "T" + (row * tickers / Rows).ToString("0000", CultureInfo.InvariantCulture);
            var local = start.AddMinutes(rng.Next(0, 20 * 365 * 24 * 60));
            // New York's offsets, by month only: the loader reads whatever offset is written.
            var published = new DateTimeOffset(local, TimeSpan.FromHours(local.Month is >= 4 and <= 10 ? -4 : -5));
            string headline = string.Format(CultureInfo.InvariantCulture, templates[rng.Next(templates.Length)], ticker, rng.Next(5, 400));
            yield return new NewsItem($"n{row + 1:00000000}", published, [ticker], headline, Source: sources[rng.Next(sources.Length)]);
        }
    }
}
