using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Signals.Tests.Backtesting;
using Signals.Workflows;

namespace Signals.Tests.Workflows;

public sealed class StudyTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task By_default_the_study_runs_where_news_and_prices_both_exist()
    {
        var fixture = new MessyDownloads(_files.Root);
        var prices = PriceCsv.LoadPanel(fixture.PricesFolder);
        var news = NewsFile.LoadWithReport(fixture.NewsPath);
        var options = new SentimentStudyOptions { StrategySettings = new StrategySettings { MinNamesPerSide = 1 } };
        var study = await SentimentStudy.RunAsync(new StudyData(prices, news.Items) { NewsLoad = news }, OfflineScorers.Create("lexicon"), options);

        Assert.Equal(new DateOnly(2008, 1, 2), prices.Dates[0]);
        Assert.True(study.Backtest.Dates[0] >= new DateOnly(2011, 1, 3) && study.Backtest.Dates[0] <= new DateOnly(2011, 1, 5), $"{study.Backtest.Dates[0]}");
        Assert.True(study.Backtest.Dates[^1] >= new DateOnly(2013, 12, 27) && study.Backtest.Dates[^1] <= new DateOnly(2014, 1, 2), $"{study.Backtest.Dates[^1]}");
        Assert.Equal(study.Backtest.Dates, study.Benchmark.Dates);
        Assert.Equal(study.Backtest.Dates, study.Ic.Dates);

        var c = study.Counts;
        Assert.Equal(1, c.UnmatchedTicker);                      // ACME has no prices
        Assert.Equal(["ACME"], c.UnmatchedTickers);
        Assert.Equal(1, c.OutsidePriceSpan);                     // the 2005 headline
        Assert.Equal(news.Items.Count, c.Headlines);
        Assert.Equal(["data", "coverage", "ic", "quantiles", "benchmark", "eventStudy", "protocols", "factorTearsheet", "riskPortfolios", "costs"], StudyReport.Of(study).Sections.Select(s => s.Id));
        Assert.True(study.Coverage.Max() <= prices.SymbolCount);
        Assert.True(study.Coverage.Min() < prices.SymbolCount);  // sparse news: names expire
    }

    [Fact]
    public async Task An_explicit_window_and_a_benchmark_symbol_are_honoured()
    {
        var fixture = new MessyDownloads(_files.Root);
        var prices = PriceCsv.LoadPanel(fixture.PricesFolder);
        var news = NewsFile.Load(fixture.NewsPath);
        var options = new SentimentStudyOptions
        {
            From = new DateOnly(2012, 1, 1), To = new DateOnly(2012, 12, 31), BenchmarkSymbol = "KO",
            StrategySettings = new StrategySettings { MinNamesPerSide = 1 },
        };
        var study = await SentimentStudy.RunAsync(prices, news, OfflineScorers.Create("lexicon"), options);

        Assert.Equal(2012, study.Backtest.Dates[0].Year);
        Assert.Equal(2012, study.Backtest.Dates[^1].Year);
        Assert.DoesNotContain("KO", study.Signal.Symbols);
        Assert.DoesNotContain(study.Backtest.Trades, t => t.Symbol == "KO");
        Assert.Equal("KO buy-and-hold", study.BenchmarkName);
        Assert.True(double.IsFinite(study.Comparison.Beta) && double.IsFinite(study.Comparison.TrackingError));

        await Assert.ThrowsAsync<ArgumentException>(() => SentimentStudy.RunAsync(prices, news, OfflineScorers.Create("lexicon"), options with { BenchmarkSymbol = "SPY" }));
    }

    /// <summary>The acid test on the study's own outputs: rewrite every bar after T and every headline after T's close.</summary>
    [Theory]
    [InlineData(FillTiming.NextOpen)]
    [InlineData(FillTiming.Close)]
    public async Task Changing_everything_after_T_changes_no_study_output_up_to_T(FillTiming fill)
    {
        const int T = 90;
        var prices = TestMarkets.RandomWalk(symbols: 12, days: 180, seed: 21, missing: 0.02);
        var news = TestMarkets.RandomNews(prices, seed: 22, rate: 0.1);
        var rng = new Random(5);
        Panel o = prices.Open.Clone(), h = prices.High.Clone(), l = prices.Low.Clone(), c = prices.Close.Clone(), v = prices.Volume.Clone();
        for (int d = T + 1; d < prices.DayCount; d++)
            for (int s = 0; s < prices.SymbolCount; s++) { o[d, s] *= 1.3; c[d, s] *= 0.8 + 0.4 * rng.NextDouble(); h[d, s] = Math.Max(o[d, s], c[d, s]); l[d, s] = Math.Min(o[d, s], c[d, s]); }
        var otherPrices = new BarPanel(prices.Dates, prices.Symbols, o, h, l, c, v);
        var closeOfT = TradingCalendar.FromTradingDays(prices.Dates).InstantOf(new DecisionPoint(prices.Dates[T], DecisionTiming.Close));
        var otherNews = news.Select(n => n.Published > closeOfT ? n with { Score = -n.Score } : n).ToList();

        var options = new SentimentStudyOptions
        {
            From = prices.Dates[0], To = prices.Dates[^1], MaxAgeDays = 5,
            StrategySettings = new StrategySettings { MinNamesPerSide = 1 },
            Universe = new UniverseRules { MinPrice = 1, MinHistoryDays = 3 },
            Backtest = new BacktestOptions { Sizing = Sizing.Fractional, Fill = fill },
            Research = new StudyResearchOptions { KeepPortfolioWeights = true },
        };
        var a = await SentimentStudy.RunAsync(new StudyData(prices, []) { Scores = news }, null, options);
        var b = await SentimentStudy.RunAsync(new StudyData(otherPrices, []) { Scores = otherNews }, null, options);

        Assert.NotEqual(a.Backtest.FinalEquity, b.Backtest.FinalEquity);
        for (int d = 0; d <= T; d++)
        {
            Assert.Equal(a.Signal.Row(d).ToArray(), b.Signal.Row(d).ToArray());
            Assert.Equal(a.Backtest.Equity[d], b.Backtest.Equity[d]);
            Assert.Equal(a.Benchmark.Equity[d], b.Benchmark.Equity[d]);
            Assert.Equal(a.Coverage[d], b.Coverage[d]);
        }
        // The risk portfolios' weights and their costed equity up to T use nothing after T either.
        for (int i = 0; i < a.Research!.Portfolios.Count; i++)
        {
            var (pa, pb) = (a.Research.Portfolios[i], b.Research!.Portfolios[i]);
            for (int d = 0; d <= T; d++)
            {
                Assert.Equal(pa.Portfolio.Weights.Row(d).ToArray(), pb.Portfolio.Weights.Row(d).ToArray());
                Assert.Equal(pa.Run.Equity[d], pb.Run.Equity[d]);
            }
        }
    }

    /// <summary>The demo's figures stay as documented: with the demo's options the study is the old pipeline, to the bit.</summary>
    [Fact]
    public async Task With_the_demo_options_the_study_is_the_plain_long_short_pipeline()
    {
        var prices = PriceCsv.LoadPanel(RepoPaths.Of("data", "sample", "prices.csv"));
        var news = NewsFile.Load(RepoPaths.Of("data", "sample", "news.csv"));
        var scorer = OfflineScorers.Create("lexicon");
        var study = await SentimentStudy.RunAsync(prices, news, scorer, SentimentStudyOptions.Demo);

        var scores = await scorer.ScoreAsync(news);
        var signal = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols).DecayedMean(3);
        var options = new BacktestOptions { Sizing = Sizing.Fractional };
        var plain = Backtester.Run(prices, new Signals.Backtesting.Strategies.SentimentLongShort(signal, DecisionTiming.Open, 0.2), options);
        var benchmark = Backtester.Run(prices, new Signals.Backtesting.Strategies.BuyAndHold(), options);

        Assert.Equal(prices.Dates, study.Backtest.Dates);
        Assert.Equal(plain.Equity, study.Backtest.Equity);
        Assert.Equal(benchmark.Equity, study.Benchmark.Equity);
        Assert.Equal(signal.Values, study.Signal.Values);
    }

    [Fact]
    public void The_study_folder_replaces_the_old_one_whole_or_leaves_it()
    {
        var dir = _files.PathOf("out");
        OutputFolder.Replace(dir, "study", temp => File.WriteAllText(Path.Combine(temp, "old.txt"), "before"));
        Assert.Throws<InvalidOperationException>(() => OutputFolder.Replace(dir, "study", temp =>
        {
            File.WriteAllText(Path.Combine(temp, "report.html"), "half");
            throw new InvalidOperationException("scoring failed");
        }));
        Assert.Equal(["old.txt"], Directory.GetFiles(dir).Select(Path.GetFileName).Where(f => f != OutputFolder.MarkerFile));
        Assert.Single(Directory.GetFileSystemEntries(_files.Root));   // no temporary sibling left behind

        OutputFolder.Replace(dir, "study", temp => File.WriteAllText(Path.Combine(temp, "report.html"), "whole"));
        Assert.Equal(["report.html"], Directory.GetFiles(dir).Select(Path.GetFileName).Where(f => f != OutputFolder.MarkerFile));
    }

    [Fact]
    public void The_registry_builds_every_strategy_by_its_name()
    {
        var prices = TestMarkets.RandomWalk(symbols: 3, days: 30, seed: 1);
        var signal = new Panel(prices.Dates, prices.Symbols);
        foreach (var name in StrategyRegistry.Names)
            Assert.Equal(name, StrategyRegistry.Create(name, new StrategySettings(), 3, signal).Name);
        Assert.Throws<ArgumentException>(() => StrategyRegistry.Create("momentum", new StrategySettings(), 3));
        Assert.Throws<ArgumentException>(() => StrategyRegistry.Create("sentiment-longshort", new StrategySettings(), 3));
        Assert.Throws<ArgumentException>(() => StrategyRegistry.Create("sentiment-longshort", new StrategySettings(), 1, signal));
    }
}
