using System.Text.Json;
using Signals.Analytics;
using Signals.Data;
using Signals.Numerics;
using Signals.Sentiment;
using Signals.Workflows;
using Signals.Workflows.Trials;

namespace Signals.Tests.Workflows.Trials;

public sealed class StudyTrialsTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private (StudyData Data, string Log) Fixture()
    {
        var f = new MessyDownloads(_files.Root);
        var prices = PriceCsv.LoadPanel(f.PricesFolder);
        var news = NewsFile.Load(f.NewsPath);
        return (new StudyData(prices, news), _files.PathOf("cache/trials.jsonl"));
    }

    private static SentimentStudyOptions Options(string log, double halfLife = 3, double quantile = 0.2) => new()
    {
        HalfLifeDays = halfLife,
        StrategySettings = new() { MinNamesPerSide = 1, Quantile = quantile },
        Research = new() { Enabled = false },
        TrialsLog = log,
    };

    [Fact]
    public async Task Three_configurations_and_a_repeat_are_three_trials_and_the_deflated_sharpe_counts_them()
    {
        var (data, log) = Fixture();
        var scorer = OfflineScorers.Create("lexicon");
        var first = await SentimentStudy.RunAsync(data, scorer, Options(log));
        var second = await SentimentStudy.RunAsync(data, scorer, Options(log, halfLife: 5));
        var third = await SentimentStudy.RunAsync(data, scorer, Options(log, quantile: 0.4));
        var repeat = await SentimentStudy.RunAsync(data, scorer, Options(log));

        Assert.Equal(1, first.Trials!.Count);
        Assert.Equal(2, second.Trials!.Count);
        Assert.Equal(3, third.Trials!.Count);
        Assert.False(third.Trials.IsRepeat);
        var t = repeat.Trials!;
        Assert.Equal(3, t.Count);
        Assert.True(t.IsRepeat);
        Assert.Equal(2, t.Recorded.Runs);
        Assert.Equal(first.Trials.Recorded.Hash, t.Recorded.Hash);

        var lines = File.ReadAllLines(log);
        Assert.Equal(3, lines.Length);
        var recorded = TrialsLog.Load(log);
        Assert.Equal([1, 1, 2], recorded.Select(r => r.Runs).Order());
        Assert.Equal([first.Stats.Sharpe, second.Stats.Sharpe, third.Stats.Sharpe], recorded.Select(r => r.Sharpe));

        // The count and the spread of the three Sharpes reach the deflation: the DSR is the library's DSR of the
        // strategy's returns against those three per-period Sharpes, and lower than the PSR (which ignores them).
        var perPeriod = recorded.Select(r => r.Sharpe / Math.Sqrt(252)).ToArray();
        Assert.NotEqual(perPeriod[0], perPeriod[1]);
        var returns = Returns.FromEquity(repeat.Backtest.Equity);
        Assert.Equal(SharpeStatistics.Deflated(returns, perPeriod), t.DeflatedSharpe, 12);
        Assert.Equal(SharpeStatistics.Deflated(returns, 3, Variance(perPeriod)), t.DeflatedSharpe, 12);
        Assert.True(t.DeflatedSharpe < t.ProbabilisticSharpe, $"DSR {t.DeflatedSharpe} PSR {t.ProbabilisticSharpe}");
        Assert.Equal(first.Trials.ProbabilisticSharpe, first.Trials.DeflatedSharpe, 14); // one trial: nothing to deflate

        // The report says so, and study.json carries the count.
        var section = StudyReport.Of(repeat).Sections.Single(s => s.Id == TrialsSection.Id);
        Assert.Contains(section.Rows, r => r.Value.StartsWith("3 trials recorded", StringComparison.Ordinal));
        Assert.Contains(section.Rows, r => r.Key == "Deflated Sharpe (3 trials recorded)");
        var claims = StudyReport.Of(repeat).Sections.Single(s => s.Id == Signals.Workflows.Claims.StudyClaims.Id);
        Assert.Contains("3 trials recorded on these data", claims.Note);
        var json = StudyReport.Of(repeat).ToJson();
        Assert.Equal(3, json["trials"]!["trials"]!.GetValue<int>());
        Assert.True(json["trials"]!["repeat"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Other_data_are_other_trials_and_do_not_deflate_this_one()
    {
        var (data, log) = Fixture();
        var scorer = OfflineScorers.Create("lexicon");
        await SentimentStudy.RunAsync(data, scorer, Options(log));
        var fewer = data with { News = data.News.Skip(1).ToList() };
        var other = await SentimentStudy.RunAsync(fewer, scorer, Options(log));
        Assert.Equal(1, other.Trials!.Count);
        Assert.Equal(2, other.Trials.CountInLog);
        Assert.False(other.Trials.IsRepeat);
    }

    [Fact]
    public void The_hash_ignores_parameter_order_and_changes_with_any_field()
    {
        var a = new TrialConfiguration("lexicon", null, null, null, "sentiment-longshort",
            new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" }, new DateOnly(2020, 1, 2), new DateOnly(2020, 6, 30), "d");
        var b = a with { Parameters = new Dictionary<string, string> { ["y"] = "2", ["x"] = "1" } };
        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, (a with { Model = "m" }).Hash);
        Assert.NotEqual(a.Hash, (a with { To = new DateOnly(2020, 7, 1) }).Hash);
        Assert.NotEqual(a.Hash, (a with { Parameters = new Dictionary<string, string> { ["x"] = "1", ["y"] = "3" } }).Hash);
    }

    [Fact]
    public void A_hand_edited_line_is_refused_naming_file_line_and_field()
    {
        var log = _files.PathOf("trials.jsonl");
        var c = new TrialConfiguration("lexicon", null, null, null, "sentiment-longshort", new Dictionary<string, string> { ["q"] = "0.2" },
            new DateOnly(2020, 1, 2), new DateOnly(2020, 6, 30), "d");
        TrialsLog.Record(log, c, 1.5, 100, 252, DateTimeOffset.UnixEpoch);
        TrialsLog.Record(log, c with { Scorer = "embedded" }, 0.5, 100, 252, DateTimeOffset.UnixEpoch);
        var lines = File.ReadAllLines(log);
        lines[1] = lines[1].Replace("\"sharpe\":0.5", "\"sharpe\":2.5").Replace("\"embedded\"", "\"lexicon2\"");
        File.WriteAllLines(log, lines);
        var ex = Assert.Throws<DataFormatException>(() => TrialsLog.Load(log));
        Assert.Equal(2, ex.Line);
        Assert.Equal("hash", ex.Column);
        Assert.Contains(log, ex.Message);
    }

    [Fact]
    public void The_trials_command_lists_what_study_recorded_beside_the_cache()
    {
        var f = new MessyDownloads(_files.Root);
        var cache = _files.PathOf("work/scores.db");
        string[] study = ["study", "--prices", f.PricesFolder, "--news", f.NewsPath, "--scorer", "lexicon", "--min-names", "1", "--cache", cache, "--out", _files.PathOf("s1")];
        var r1 = CliRunner.Run(_files.Root, study);
        Assert.True(r1.ExitCode == 0, r1.Stderr + r1.Stdout);
        var r2 = CliRunner.Run(_files.Root, [.. study, "--half-life", "6"]);
        Assert.True(r2.ExitCode == 0, r2.Stderr + r2.Stdout);
        Assert.True(File.Exists(_files.PathOf("work/trials.jsonl")));
        using (var json = JsonDocument.Parse(File.ReadAllText(_files.PathOf("s1/study.json"))))
            Assert.Equal(2, json.RootElement.GetProperty("trials").GetProperty("trials").GetInt32());
        Assert.Contains("2 trials recorded", File.ReadAllText(_files.PathOf("s1/report.html")));

        var list = CliRunner.Run(_files.Root, "trials", "--cache", cache);
        Assert.True(list.ExitCode == 0, list.Stderr + list.Stdout);
        Assert.Contains("2 trials recorded", list.Stdout);
        Assert.Contains("lexicon", list.Stdout);

        var missing = CliRunner.Run(_files.Root, "trials", "--trials", _files.PathOf("none.jsonl"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("none.jsonl", missing.Stderr);
    }

    private static double Variance(double[] v)
    {
        var m = Moments.Of(v);
        return m.SampleStd * m.SampleStd;
    }
}
