using System.Text.Json;
using Signals.Backtesting;
using Signals.Backtesting.Costs;
using Signals.Data;
using Signals.Features;
using Signals.Tests.Backtesting;
using Signals.Workflows;

namespace Signals.Tests.Workflows;

/// <summary>The study report's factor tearsheet, risk portfolios and realistic costs sections (issue 14, items 2–4).</summary>
public sealed class StudyResearchTests
{
    /// <summary>A study on the committed sample's prices with its planted tones as scores, and its sectors.</summary>
    /// <summary>The study defaults with one name a side, the per-side minimum these tests were written against.</summary>
    private static readonly SentimentStudyOptions OneNameASide = new() { StrategySettings = new StrategySettings { MinNamesPerSide = 1 } };
    private static readonly Lazy<Task<SentimentStudyResult>> OnSample = new(() => Run(OneNameASide));

    private static Task<SentimentStudyResult> Run(SentimentStudyOptions options)
    {
        var sample = SampleData.CommittedSample.Load();
        var scores = sample.News.Select(n => new ScoredHeadline(n.Id, n.Published, n.Symbols, sample.Truth[n.Id].Tone)).ToList();
        var data = new StudyData(sample.Panel, sample.News) { Scores = scores, Sectors = sample.Universe.ToDictionary(u => u.Symbol, u => u.Sector) };
        return SentimentStudy.RunAsync(data, null, options);
    }

    [Fact]
    public async Task The_three_sections_follow_the_papers_protocols_and_study_json_holds_their_objects()
    {
        var study = await OnSample.Value;
        Assert.Equal(["data", "coverage", "ic", "quantiles", "benchmark", "eventStudy", "protocols", "factorTearsheet", "riskPortfolios", "costs"],
            StudyReport.Of(study).Sections.Select(s => s.Id));
        var json = JsonDocument.Parse(StudyReport.Of(study).ToJson().ToJsonString()).RootElement;

        var tearsheet = json.GetProperty("factorTearsheet");
        Assert.Equal([1, 5, 10, 20], tearsheet.GetProperty("ic").EnumerateArray().Select(i => i.GetProperty("horizon").GetInt32()));
        Assert.Equal(study.Backtest.Dates.Length, tearsheet.GetProperty("dates").GetArrayLength());
        Assert.Equal(study.Research!.Tearsheet.Ic[0].Mean, tearsheet.GetProperty("ic")[0].GetProperty("mean").GetDouble());
        Assert.Equal(6, tearsheet.GetProperty("icByGroup").EnumerateObject().Count());
        Assert.Equal(5, tearsheet.GetProperty("byHorizon")[3].GetProperty("cumulative").GetArrayLength());

        var portfolios = json.GetProperty("riskPortfolios").GetProperty("portfolios").EnumerateArray().ToArray();
        Assert.Equal(["plain", "sector-neutral", "beta-neutral", "sector- and beta-neutral", "vol-targeted", "inverse-vol", "inverse-vol, banded"],
            portfolios.Select(p => p.GetProperty("name").GetString()));
        Assert.True(json.GetProperty("riskPortfolios").GetProperty("costsIncluded").GetBoolean());

        var costs = json.GetProperty("costs");
        Assert.Equal(CapacityCurve.DefaultCapitals.Length, costs.GetProperty("capacity").GetArrayLength());
        foreach (var kind in new[] { "commission", "spread", "impact", "borrow" })
            Assert.True(costs.GetProperty("split").GetProperty(kind).GetDouble() > 0, kind);
        Assert.False(costs.GetProperty("model").GetProperty("halfSpreadColumn").GetBoolean());
    }

    /// <summary>The study ranks its signal once: its IC and quintile sections are the tearsheet's, and equal the one-figure functions to the bit.</summary>
    [Fact]
    public async Task The_study_IC_and_quintiles_are_the_tearsheet_ones_and_the_one_figure_functions_numbers()
    {
        var study = await OnSample.Value;
        var sample = SampleData.CommittedSample.Load();
        int start = Array.IndexOf(sample.Panel.Dates, study.Backtest.Dates[0]);
        var window = sample.Panel.Slice(start, study.Backtest.Dates.Length);
        Assert.Same(study.Research!.Tearsheet.Ic, study.Ic.ByHorizon);
        Assert.Same(study.Research.Tearsheet.OneDayQuantiles, study.Quantiles);
        var basis = study.Ic.Basis;
        var ic = Signals.Analytics.InformationCoefficient.Of(study.Signal, window, study.Options.IcHorizons, basis);
        for (int h = 0; h < ic.ByHorizon.Count; h++)
        {
            Assert.Equal(ic.ByHorizon[h].Series, study.Ic.ByHorizon[h].Series);
            Assert.Equal(ic.ByHorizon[h].NeweyWestTStat, study.Ic.ByHorizon[h].NeweyWestTStat);
        }
        var quantiles = Signals.Analytics.QuantileReturns.Compute(study.Signal, Signals.Analytics.ForwardReturns.Compute(window, 1, basis));
        Assert.Equal(quantiles.MeanReturn, study.Quantiles.MeanReturn);
        Assert.Equal(quantiles.Observations, study.Quantiles.Observations);
        Assert.Equal(quantiles.SpreadTStat, study.Quantiles.SpreadTStat);
    }

    [Fact]
    public async Task The_tearsheet_is_the_library_tearsheet_of_the_study_signal_with_sector_groups()
    {
        var study = await OnSample.Value;
        var sample = SampleData.CommittedSample.Load();
        var sectors = sample.Panel.Symbols.Select(s => sample.Universe.Single(u => u.Symbol == s).Sector).ToArray();
        int start = Array.IndexOf(sample.Panel.Dates, study.Backtest.Dates[0]);
        var window = sample.Panel.Slice(start, study.Backtest.Dates.Length);
        var expected = Signals.Analytics.FactorTearsheets.FactorTearsheet.Compute(study.Signal, window, new() { Groups = sectors, CostBps = 1 + 2 });
        var actual = study.Research!.Tearsheet;
        Assert.Equal(expected.Ic[0].Series, actual.Ic[0].Series);
        Assert.Equal(expected.IcByGroup.ToArray(), actual.IcByGroup.ToArray());
        Assert.Equal(expected.SpreadNet, actual.SpreadNet);
        // The planted tone ranks next-day returns: top quantile above bottom at one day.
        Assert.True(actual.ByHorizon[0].MeanReturn[^1] > actual.ByHorizon[0].MeanReturn[0]);
    }

    [Fact]
    public async Task Neutral_books_hold_no_sector_or_beta_exposure_and_costs_always_bite()
    {
        var study = await OnSample.Value;
        var byName = study.Research!.Portfolios.ToDictionary(p => p.Name);
        Assert.All(byName["sector-neutral"].Portfolio.MaxSectorExposure, e => Assert.True(e <= 1e-9, $"sector exposure {e}"));
        Assert.All(byName["sector- and beta-neutral"].Portfolio.MaxSectorExposure, e => Assert.True(e <= 1e-9, $"sector exposure {e}"));
        Assert.All(byName["beta-neutral"].Portfolio.BetaExposure.Where(double.IsFinite), e => Assert.True(Math.Abs(e) <= 1e-9, $"beta exposure {e}"));
        foreach (var p in study.Research.Portfolios)
        {
            Assert.True(p.NetSharpe < p.GrossSharpe, $"{p.Name}: net {p.NetSharpe} vs gross {p.GrossSharpe}");
            Assert.True(p.Run.Costs.Total > 0, p.Name);
        }
        // The band trades less than the same book without it.
        Assert.True(byName["inverse-vol, banded"].Turnover < byName["inverse-vol"].Turnover);
        // Bigger books pay more impact: from $1m up (below it the per-order minimum commission dominates) net Sharpe falls with size.
        var capacity = study.Research.Costs.Capacity.Where(p => p.Capital >= 1e6).ToArray();
        for (int i = 1; i < capacity.Length; i++) Assert.True(capacity[i].NetSharpe < capacity[i - 1].NetSharpe, $"{capacity[i].Capital}");
        Assert.True(study.Research.Costs.Capacity[0].AnnualCost.Commission > capacity[0].AnnualCost.Commission);
    }

    [Fact]
    public async Task The_sections_move_none_of_the_studys_own_figures_and_zero_costs_pay_nothing()
    {
        var with = await OnSample.Value;
        var without = await Run(OneNameASide with { Research = new StudyResearchOptions { Enabled = false } });
        Assert.Null(without.Research);
        Assert.Equal(without.Backtest.Equity, with.Backtest.Equity);
        Assert.Equal(without.Ic.ByHorizon[0].Series, with.Ic.ByHorizon[0].Series);
        Assert.DoesNotContain(StudyReport.Of(without).Sections, s => s.Id is "factorTearsheet" or "riskPortfolios" or "costs");

        var free = await Run(OneNameASide with { Research = new StudyResearchOptions { Costs = MarketCostModel.Zero } });
        foreach (var p in free.Research!.Portfolios)
            for (int d = 0; d < p.Run.Net.Length; d++) Assert.Equal(p.Run.Gross[d], p.Run.Net[d], 12);
    }

    [Fact]
    public void A_half_spread_column_prices_the_spread_where_it_has_values_matched_by_date_and_symbol()
    {
        var prices = TestMarkets.RandomWalk(symbols: 12, days: 120, seed: 7);
        var news = TestMarkets.RandomNews(prices, seed: 8, rate: 0.5);
        var signal = DailySentiment.Build(news, prices.Dates, prices.Symbols, DecisionTiming.Open).DecayedMean(3);
        var options = OneNameASide;
        var flat = StudyResearch.Run(prices, signal, DecisionTiming.Open, FillTiming.NextOpen, options, null, null);
        // A zero half-spread for every symbol but the last, on every day but the first 60 (and an extra symbol the prices lack).
        var column = new Panel(prices.Dates[60..], [.. prices.Symbols[..^1], "ZZZ"], new double[60 * 12]);
        var zero = StudyResearch.Run(prices, signal, DecisionTiming.Open, FillTiming.NextOpen, options, null, column);
        Assert.False(flat.SpreadColumn);
        Assert.True(zero.SpreadColumn);
        Assert.True(zero.Costs.Run.Costs.Spread > 0);                                   // the flat model still prices the rest
        Assert.True(zero.Costs.Run.Costs.Spread < 0.8 * flat.Costs.Run.Costs.Spread);
        // Only the spread moved (impact differs only through the slightly different equity it is charged on).
        Assert.True(Math.Abs(zero.Costs.Run.Costs.Impact / flat.Costs.Run.Costs.Impact - 1) < 0.01);
    }

    [Fact]
    public void Close_timed_weights_wait_a_day_and_open_timed_trade_that_open()
    {
        var prices = TestMarkets.RandomWalk(symbols: 10, days: 4, seed: 3);
        var signal = new Panel(prices.Dates, prices.Symbols);
        for (int d = 0; d < 4; d++)
            for (int s = 0; s < 10; s++) signal[d, s] = d % 2 == 0 ? s : -s;
        var open = StudyResearch.LongShortWeights(signal, DecisionTiming.Open, 0.2, 1);
        var close = StudyResearch.LongShortWeights(signal, DecisionTiming.Close, 0.2, 1);
        Assert.All(close.Row(0).ToArray(), w => Assert.Equal(0, w));
        for (int d = 1; d < 4; d++) Assert.Equal(open.Row(d - 1).ToArray(), close.Row(d).ToArray());
        Assert.Equal(0.25, open[0, 9]);    // two names a side at 0.5 / 2
        Assert.Equal(-0.25, open[0, 0]);
        Assert.Equal(1.0, open.Row(0).ToArray().Sum(Math.Abs), 12);
    }

    [Theory]
    [InlineData(DecisionTiming.Open)]
    [InlineData(DecisionTiming.Close)]
    public void The_backtests_decided_targets_are_the_research_weights_bit_for_bit(DecisionTiming timing)
    {
        var prices = TestMarkets.RandomWalk(symbols: 40, days: 120, seed: 11);
        var random = new Random(5);
        var signal = new Panel(prices.Dates, prices.Symbols);
        for (int i = 0; i < signal.Values.Length; i++)
            signal.Values[i] = random.NextDouble() < 0.3 ? double.NaN : Math.Round(random.NextDouble() * 4) / 4;   // gaps and ties
        var options = new SentimentStudyOptions { StrategySettings = new StrategySettings { Quantile = 0.2, MinNamesPerSide = 3 } };
        var strategy = new Signals.Backtesting.Strategies.SentimentLongShort(signal, timing, 0.2, 1.0, 3);
        Backtester.Run(prices, strategy, new BacktestOptions());

        var reused = StudyResearch.LongShortWeights(strategy, signal, timing, FillTiming.NextOpen, options);
        var ranked = StudyResearch.LongShortWeights(signal, timing, 0.2, 3);
        Assert.NotNull(reused);
        Assert.Equal(ranked.Values, reused!.Values);
        Assert.Contains(ranked.Values, w => w != 0);
        // A rule the research does not share is not reused: another gross, or a same-day fill.
        var levered = new Signals.Backtesting.Strategies.SentimentLongShort(signal, timing, 0.2, 2.0, 3);
        Backtester.Run(prices, levered, new BacktestOptions());
        Assert.Null(StudyResearch.LongShortWeights(levered, signal, timing, FillTiming.NextOpen, options));
        Assert.Null(StudyResearch.LongShortWeights(strategy, signal, timing, FillTiming.Close, options));
    }
}
