using Signals.Analytics.EventStudies;
using Signals.Data;
using Signals.Tests.SampleData;

namespace Signals.Tests.Analytics.EventStudies;

/// <summary>The event paths built one day of returns at a time read each day's benchmark as a whole panel of returns gives it.</summary>
public sealed class EventPathsTests
{
    private static void AssertSameBits(EventStudyResult expected, EventStudyResult actual)
    {
        Assert.Equal(expected.EventsUsed, actual.EventsUsed);
        Assert.Equal(expected.EventsDropped, actual.EventsDropped);
        Assert.Equal(expected.Buckets.Count, actual.Buckets.Count);
        for (int b = 0; b < expected.Buckets.Count; b++)
        {
            var (x, y) = (expected.Buckets[b], actual.Buckets[b]);
            Assert.Equal(x.Events, y.Events);
            Assert.Equal(x.Car.Select(BitConverter.DoubleToInt64Bits), y.Car.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(x.StdErr.Select(BitConverter.DoubleToInt64Bits), y.StdErr.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    /// <summary>Each day's equal-weighted open-to-open return from the whole panel of returns, with a missing price in it.</summary>
    private static double[] EqualWeightedOpens(BarPanel prices)
    {
        int days = prices.DayCount, symbols = prices.SymbolCount;
        var r = new double[(days - 1) * symbols];
        for (int d = 0; d + 1 < days; d++)
            for (int s = 0; s < symbols; s++)
            {
                double a = prices.Open[d, s], b = prices.Open[d + 1, s];
                r[d * symbols + s] = a > 0 && b > 0 ? b / a - 1 : double.NaN;
            }
        return Signals.Backtesting.Portfolios.DailyReturns.EqualWeighted(r, days - 1, symbols);
    }

    [Theory]
    [InlineData(AbnormalReturnModel.Benchmark)]
    [InlineData(AbnormalReturnModel.MarketModel)]
    public void The_default_benchmark_is_the_panels_equal_weighted_return_bit_for_bit(AbnormalReturnModel model)
    {
        var sample = CommittedSample.Load();
        var headlines = EventStudyTests.TrueToneHeadlines(sample);
        var options = new EventStudyOptions { Model = model, EstimationDays = 60, MinEstimationDays = 30 };

        var byDay = EventStudy.Run(sample.Panel, headlines, options);
        var given = EventStudy.Run(sample.Panel, headlines, options with { BenchmarkReturns = EqualWeightedOpens(sample.Panel) });

        Assert.True(byDay.EventsUsed > 1000);
        AssertSameBits(given, byDay);
    }

    [Fact]
    public void A_benchmark_per_panel_day_reads_as_one_per_return_day()
    {
        var sample = CommittedSample.Load();
        var headlines = EventStudyTests.TrueToneHeadlines(sample);
        var market = Enumerable.Range(0, sample.Panel.DayCount).Select(d => 0.01 * Math.Sin(d)).ToArray();
        var options = new EventStudyOptions { Model = AbnormalReturnModel.MarketModel, EstimationDays = 60, MinEstimationDays = 30 };

        var perDay = EventStudy.Run(sample.Panel, headlines, options with { BenchmarkReturns = market });
        var perReturnDay = EventStudy.Run(sample.Panel, headlines, options with { BenchmarkReturns = market[..^1] });

        AssertSameBits(perDay, perReturnDay);
    }

    [Fact]
    public void A_benchmark_of_the_wrong_length_is_refused_with_both_lengths()
    {
        var sample = CommittedSample.Load();
        int days = sample.Panel.DayCount;
        var ex = Assert.Throws<ArgumentException>(() => EventStudy.Run(sample.Panel, EventStudyTests.TrueToneHeadlines(sample),
            new EventStudyOptions { BenchmarkReturns = new double[days - 2] }));
        Assert.Contains($"{days - 2} returns", ex.Message);
        Assert.Contains($"({days})", ex.Message);
    }
}
