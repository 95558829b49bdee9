using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Signals.Data;

namespace Signals.Benchmarks.Data;

/// <summary>
/// Loading a long price file (date,symbol,open,high,low,close,volume; grouped by symbol, dates ascending) of 500
/// symbols × 2,520 weekdays (1.26 M rows, 63 MB, some symbols listed late or delisted early), and aligning its
/// series on one panel: the first stage of <c>signals study</c>, an eighth of the 2,000 × 20-year universe.
/// </summary>
[MemoryDiagnoser, MedianColumn]
[InstructionSetJobs(warmupCount: 1, iterationCount: 8)]
public class PriceLoadBenchmarks
{
    private const int Symbols = 500, Days = 2520;
    private string _dir = null!, _path = null!;
    private IReadOnlyList<BarSeries> _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("signals-bench-prices-").FullName;
        _path = Path.Combine(_dir, "prices.csv");
        var rng = new Random(42);
        var dates = new List<string>(Days);
        for (var d = new DateOnly(2015, 1, 2); dates.Count < Days; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) dates.Add(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        using (var writer = new StreamWriter(_path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("date,symbol,open,high,low,close,volume\n");
            for (int s = 0; s < Symbols; s++)
            {
                string symbol = $"S{s:D3}";
                // One symbol in ten lists late, one in ten delists early: the panel has gaps to fill with NaN.
                int first = s % 10 == 3 ? rng.Next(Days / 2) : 0, last = s % 10 == 7 ? Days - rng.Next(Days / 2) : Days;
                double price = 20 + 200 * rng.NextDouble();
                for (int t = first; t < last; t++)
                {
                    double open = price * (1 + 0.004 * (rng.NextDouble() - 0.5));
                    double close = open * (1 + 0.03 * (rng.NextDouble() - 0.5));
                    double high = Math.Max(open, close) * (1 + 0.01 * rng.NextDouble()), low = Math.Min(open, close) * (1 - 0.01 * rng.NextDouble());
                    writer.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{dates[t]},{symbol},{open:F2},{Math.Round(high, 2, MidpointRounding.AwayFromZero) + 0.01:F2},{Math.Round(low, 2, MidpointRounding.AwayFromZero) - 0.01:F2},{close:F2},{rng.Next(1000, 5_000_000) / 100 * 100}\n"));
                    price = close;
                }
            }
        }
        _series = PriceCsv.LoadMany(_path);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    /// <summary>The file read into per-symbol series (with the report: bad rows, sources).</summary>
    [Benchmark]
    public PriceLoad Load() => PriceCsv.LoadWithReport(_path);

    /// <summary>Series already loaded, aligned on the union of their days.</summary>
    [Benchmark]
    public BarPanel Panel() => BarPanel.FromSeries(_series);

    /// <summary>What a study does: load, build the panel, let the series go.</summary>
    [Benchmark]
    public BarPanel LoadAndPanel() => PriceCsv.LoadWithReport(_path).ReleaseSeries();
}
