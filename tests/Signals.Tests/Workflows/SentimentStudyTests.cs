using System.Text.Json;
using Signals.Backtesting;
using Signals.Data;
using Signals.Sentiment;
using Signals.Workflows;

namespace Signals.Tests.Workflows;

public sealed class SentimentStudyTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private static readonly Lazy<(BarPanel Prices, IReadOnlyList<NewsItem> News)> Sample = new(() =>
        (PriceCsv.LoadPanel(RepoPaths.Of("data", "sample", "prices.csv")), NewsFile.Load(RepoPaths.Of("data", "sample", "news.csv"))));

    [Fact]
    public async Task The_lexicon_study_on_the_sample_recovers_a_positive_ic_and_pays_costs()
    {
        var (prices, news) = Sample.Value;
        var stages = new List<StudyStage>();
        var study = await SentimentStudy.RunAsync(prices, news, OfflineScorers.Create("lexicon"), progress: new InlineProgress<StudyProgress>(p => stages.Add(p.Stage)));

        Assert.Equal(news.Count, study.Scores.Count);
        Assert.True(study.Ic.ByHorizon[0].Mean > 0.01, $"IC(1) = {study.Ic.ByHorizon[0].Mean}");
        Assert.True(study.Backtest.Costs.Total > 0);
        Assert.Equal(prices.Dates, study.Backtest.Dates);
        Assert.Equal(StudyStage.Done, stages[^1]);
        Assert.Contains(StudyStage.Backtest, stages);
        Assert.NotNull(StudyReport.Of(study).Tearsheet.InformationCoefficient);
        Assert.Contains(StudyReport.Of(study).Tearsheet.Parameters, p => p.Key == "scorer");
    }

    [Fact]
    public async Task Costs_lower_the_result_and_zero_costs_pay_nothing()
    {
        var (prices, news) = Sample.Value;
        var scorer = OfflineScorers.Create("lexicon");
        var withCosts = await SentimentStudy.RunAsync(prices, news, scorer);
        var free = await SentimentStudy.RunAsync(prices, news, scorer,
            new SentimentStudyOptions { Backtest = new BacktestOptions { Sizing = Sizing.Fractional, Costs = CostModel.Zero } });
        Assert.Equal(0, free.Backtest.Costs.Total);
        Assert.True(free.Backtest.FinalEquity > withCosts.Backtest.FinalEquity);
    }

    [Fact]
    public void The_demo_command_writes_the_tearsheet_and_stats_from_a_clean_folder()
    {
        var html = _files.PathOf("out/demo.html");
        var r = CliRunner.Run(RepoPaths.Root, "demo", "--scorer", "lexicon", "--no-cache", "--out", html);
        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.Contains("Sharpe", r.Stdout);
        var page = File.ReadAllText(html);
        Assert.Contains("<html", page);
        // Self-contained: no external script, stylesheet or image is fetched.
        Assert.DoesNotMatch(@"<(script|img|iframe)[^>]+src\s*=", page);
        Assert.DoesNotMatch(@"<link[^>]+href\s*=", page);
        using var stats = JsonDocument.Parse(File.ReadAllText(_files.PathOf("out/demo-stats.json")));
        Assert.True(stats.RootElement.GetProperty("strategy").GetProperty("sharpe").GetDouble() is var s && double.IsFinite(s));
        Assert.Equal(4, stats.RootElement.GetProperty("ic").GetArrayLength());
    }

    [Fact]
    public void The_demo_names_the_missing_data_folder()
    {
        var r = CliRunner.Run(_files.Root, "demo", "--data", "nowhere");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("nowhere", r.Stderr);
        Assert.StartsWith("error:", r.Stderr.Trim());
    }

    [Fact]
    public async Task The_backtest_panels_go_unless_kept_and_every_figure_stays()
    {
        var (prices, news) = Sample.Value;
        var scorer = OfflineScorers.Create("lexicon");
        var lean = await SentimentStudy.RunAsync(prices, news, scorer);
        var kept = await SentimentStudy.RunAsync(prices, news, scorer, new SentimentStudyOptions { KeepBacktestPanels = true });

        Assert.Equal(0, lean.Backtest.Weights.DayCount);
        Assert.Equal(0, lean.Benchmark.Positions.DayCount);
        Assert.Equal(kept.Backtest.Weights.Symbols, lean.Backtest.Weights.Symbols);
        Assert.Null(((Signals.Backtesting.Strategies.SentimentLongShort)lean.Strategy!).DecidedTargets);
        Assert.Equal(kept.Backtest.Dates.Length, kept.Backtest.Weights.DayCount);
        Assert.NotNull(((Signals.Backtesting.Strategies.SentimentLongShort)kept.Strategy!).DecidedTargets);
        Assert.Equal(kept.Backtest.Equity, lean.Backtest.Equity);
        Assert.Equal(kept.Benchmark.Equity, lean.Benchmark.Equity);
        Assert.Equal(kept.Research!.Portfolios.Select(p => p.Run.Net.Sum()), lean.Research!.Portfolios.Select(p => p.Run.Net.Sum()));
        Assert.Equal(kept.Research.Costs.Run.Net, lean.Research.Costs.Run.Net);
    }

    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
