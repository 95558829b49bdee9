using Signals.Data;
using Signals.Features;
using Signals.Workflows;

namespace Signals.Tests.Workflows;

public sealed class MarketNewsStudyTests
{
    private static Task<SentimentStudyResult> Study(MarketNewsFixture f, IReadOnlyList<ScoredHeadline>? headlines = null, SentimentStudyOptions? options = null)
    {
        headlines ??= f.Headlines;
        var news = headlines.Select(h => new NewsItem(h.Id, h.Published, h.Symbols, "headline")).ToList();
        return SentimentStudy.RunAsync(new StudyData(f.Prices, news) { Scores = headlines }, null, options ?? new SentimentStudyOptions());
    }

    [Fact]
    public async Task Planted_market_sentiment_gives_a_significant_time_series_ic_and_a_timing_strategy_that_trades()
    {
        var f = new MarketNewsFixture(days: 500, names: 6, predictive: true);

        var study = await Study(f);

        var ts = Assert.IsType<MarketNewsStudyResult>(study.TimeSeries);
        Assert.Equal(MarketNewsMode.NoSymbols, ts.Mode);
        Assert.Equal("equal-weight universe (6 names)", ts.Target);
        var ic1 = ts.Ic[0];
        Assert.Equal(1, ic1.Horizon);
        Assert.True(ic1.Ic > 0.15, $"IC {ic1.Ic}");
        Assert.True(ic1.NeweyWestTStat > 4, $"t {ic1.NeweyWestTStat}");
        // The timing strategy is the study's backtest: it trades, long and short, and pays costs.
        Assert.Equal("market-timing", study.Backtest.Strategy);
        Assert.True(ts.PositionChanges >= 20, $"{ts.PositionChanges} changes");
        Assert.True(ts.DaysLong > 50 && ts.DaysShort > 50, $"long {ts.DaysLong}, short {ts.DaysShort}");
        Assert.True(study.Backtest.Trades.Count > 0);
        Assert.True(study.Backtest.Costs.Total > 0);
        Assert.True(ts.TimingStats.Sharpe > 1, $"Sharpe {ts.TimingStats.Sharpe}");
        // No cross-sectional figure on a series: no papers' long-shorts, no factor tearsheet, no rank IC.
        Assert.Null(study.LopezLiraTang);
        Assert.Null(study.KirtacGermano);
        Assert.Null(study.Research);
        Assert.Empty(study.Ic.ByHorizon);
        Assert.NotNull(ts.EventStudy);
        Assert.Equal(["data", "timeSeries", "eventStudy"], StudyReport.Of(study).Sections.Select(s => s.Id));
        var json = StudyReport.Of(study).ToJson();
        Assert.Equal("noSymbols", (string?)json["timeSeries"]!["mode"]);
        Assert.Null(json["protocols"]);
    }

    [Fact]
    public async Task Sentiment_without_information_gives_an_ic_near_zero()
    {
        var f = new MarketNewsFixture(days: 800, names: 6, predictive: false, seed: 11);

        var ts = (await Study(f)).TimeSeries!;

        Assert.InRange(ts.Ic[0].Ic!.Value, -0.1, 0.1);
        Assert.InRange(ts.Ic[0].NeweyWestTStat!.Value, -2.6, 2.6);
    }

    [Fact]
    public async Task Shuffled_sentiment_loses_the_planted_ic()
    {
        var f = new MarketNewsFixture(days: 500, names: 6, predictive: true);
        var rng = new Random(3);
        var scores = f.Headlines.Select(h => h.Score).OrderBy(_ => rng.Next()).ToArray();
        var shuffled = f.Headlines.Select((h, i) => h with { Score = scores[i] }).ToList();

        var ts = (await Study(f, shuffled)).TimeSeries!;

        Assert.InRange(ts.Ic[0].Ic!.Value, -0.12, 0.12);
    }

    [Fact]
    public async Task Removing_data_after_a_day_leaves_every_daily_figure_up_to_it_unchanged()
    {
        var f = new MarketNewsFixture(days: 400, names: 5, predictive: true);
        var full = (await Study(f)).TimeSeries!;
        var cut = f.Dates[300];
        int keep = 301;
        var cutPrices = f.Prices.Slice(0, keep);
        var cutNews = f.Headlines.Where(h => DateOnly.FromDateTime(h.Published.UtcDateTime) <= cut).ToList();
        var news = cutNews.Select(h => new NewsItem(h.Id, h.Published, h.Symbols, "headline")).ToList();
        var part = (await SentimentStudy.RunAsync(new StudyData(cutPrices, news) { Scores = cutNews }, null, new SentimentStudyOptions())).TimeSeries!;

        Assert.Equal(keep, part.Dates.Length);
        Assert.Equal(full.Dates[..keep], part.Dates);
        Assert.Equal(full.Sentiment[..keep], part.Sentiment);
        Assert.Equal(full.ZScore[..keep], part.ZScore);
        Assert.Equal(full.Position[..keep], part.Position);
        // Equity is marked at each close; the last day of the cut run is the same mark.
        Assert.Equal(full.Timing.Equity[..keep], part.Timing.Equity);
    }

    [Fact]
    public async Task Market_news_attached_to_every_name_goes_to_the_time_series_study()
    {
        var f = new MarketNewsFixture(days: 300, names: 5, predictive: true);
        var everyName = f.Headlines.Select(h => h with { Symbols = f.Symbols }).ToList();

        var study = await Study(f, everyName);

        var ts = Assert.IsType<MarketNewsStudyResult>(study.TimeSeries);
        Assert.Equal(MarketNewsMode.IdenticalScores, ts.Mode);
        Assert.Contains("no spread", ts.Reason);
        Assert.Equal("market-timing", study.Backtest.Strategy);
        // Each headline counts once, not once per name it carries: the series equals the symbol-less one.
        var bare = (await Study(f)).TimeSeries!;
        Assert.Equal(bare.Sentiment, ts.Sentiment);
        Assert.Equal(bare.Ic[0].Ic, ts.Ic[0].Ic);
        Assert.Contains(ts.Health, c => c.Id == "crossSection" && c.Status == "warn");
    }

    [Fact]
    public async Task News_on_one_name_times_that_name()
    {
        var f = new MarketNewsFixture(days: 300, names: 4, predictive: true);
        var oneName = f.Headlines.Select(h => h with { Symbols = ["CCC"] }).ToList();

        var study = await Study(f, oneName);

        var ts = Assert.IsType<MarketNewsStudyResult>(study.TimeSeries);
        Assert.Equal(MarketNewsMode.SingleName, ts.Mode);
        Assert.Equal("CCC", ts.Target);
        Assert.Equal(["CCC"], study.Backtest.Positions.Symbols);
        Assert.Equal("CCC buy-and-hold", study.BenchmarkName);
        Assert.Contains("CCC", ts.Reason);
    }

    [Fact]
    public async Task A_benchmark_symbol_is_what_market_news_times()
    {
        var f = new MarketNewsFixture(days: 300, names: 4, predictive: true);

        var study = await Study(f, options: new SentimentStudyOptions { BenchmarkSymbol = "AAA" });

        var ts = study.TimeSeries!;
        Assert.Equal("AAA", ts.Target);
        Assert.Equal(["AAA"], study.Backtest.Positions.Symbols);
        Assert.True(ts.Ic[0].Ic > 0.1, $"IC {ts.Ic[0].Ic}");
    }

    [Fact]
    public async Task News_with_a_real_cross_section_stays_a_long_short_unless_declared_market_wide()
    {
        var f = new MarketNewsFixture(days: 300, names: 5, predictive: true);
        var rng = new Random(5);
        var perName = f.Headlines.SelectMany(h => f.Symbols.Select(s => h with { Id = h.Id + s, Symbols = [s], Score = Math.Clamp(h.Score + 0.3 * (rng.NextDouble() - 0.5), -1, 1) })).ToList();

        var crossSection = await Study(f, perName);
        Assert.Null(crossSection.TimeSeries);
        Assert.Equal("sentiment-longshort", crossSection.Backtest.Strategy);

        var declared = await Study(f, perName, new SentimentStudyOptions { MarketNews = true });
        Assert.Equal(MarketNewsMode.Declared, declared.TimeSeries!.Mode);
        Assert.Equal(perName.Count, declared.TimeSeries.HeadlinesUsed);
    }

    [Fact]
    public async Task A_short_window_and_a_strategy_that_never_trades_are_named_in_the_health_checks()
    {
        var f = new MarketNewsFixture(days: 120, names: 3, predictive: true);

        var ts = (await Study(f, options: new SentimentStudyOptions { TimeSeries = new TimeSeriesStudyOptions { EntryZ = 50 } })).TimeSeries!;

        Assert.Contains(ts.Health, c => c.Id == "window" && c.Status == "warn" && c.Message.Contains("120 trading days"));
        Assert.Contains(ts.Health, c => c.Id == "timingTrades" && c.Status == "warn");
        Assert.Equal(0, ts.DaysLong + ts.DaysShort);
    }
}
