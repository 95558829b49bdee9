using System.Globalization;
using System.Text;
using System.Text.Json;
using Signals.Data;

namespace Signals.Tests.Backtesting;

/// <summary>`signals backtest` end to end in a child process: files, their shapes, provenance, determinism, errors.</summary>
public class BacktestCommandTests
{
    private static (string Prices, string Scores) WriteInputs(TempFiles files)
    {
        var panel = TestMarkets.RandomWalk(symbols: 10, days: 150, seed: 21);
        var prices = new StringWriter();
        PriceCsv.Write(prices, panel.Symbols.Select(s => panel.Series(s)));
        var scores = new StringBuilder("timestamp,symbol,score,confidence\n");
        foreach (var h in TestMarkets.RandomNews(panel, seed: 22))
            scores.Append(CultureInfo.InvariantCulture, $"{h.Published:yyyy-MM-dd'T'HH:mm:sszzz},{h.Symbols[0]},{h.Score},{h.Confidence:0.###}\n");
        scores.Append("2024-01-03T08:00:00-05:00,S001,,0\n");   // an empty score is excluded, not zero
        return (files.Write("prices.csv", prices.ToString()), files.Write("scores.csv", scores.ToString()));
    }

    [Fact]
    public void Writes_stats_trades_equity_and_params_with_costs_on_by_default()
    {
        using var files = new TempFiles();
        var (prices, scores) = WriteInputs(files);
        var outDir = files.PathOf("run");
        var run = CliRunner.Run(files.Root, "backtest", "--prices", prices, "--sentiment", scores,
            "--strategy", "sentiment-longshort", "--quantile", "0.3", "--half-life", "2", "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Stderr);

        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "stats.json")));
        foreach (var key in new[] { "finalEquity", "totalReturn", "cagr", "annualVolatility", "sharpe", "sortino", "calmar",
                     "maxDrawdown", "maxDrawdownDays", "exposure", "turnover", "trades", "winRate", "profitFactor" })
            Assert.True(stats.RootElement.TryGetProperty(key, out _), key);
        Assert.True(stats.RootElement.GetProperty("maxDrawdown").GetDouble() <= 0);
        Assert.True(stats.RootElement.GetProperty("commission").GetDouble() > 0);
        Assert.True(stats.RootElement.GetProperty("slippage").GetDouble() > 0);

        var trades = File.ReadAllLines(Path.Combine(outDir, "trades.csv"));
        Assert.Equal("entryDate,exitDate,size,entryPrice,exitPrice,pnl,returnPct,symbol", trades[0]);
        Assert.True(trades.Length > 20);
        Assert.Contains(trades.Skip(1), l => l.Split(',')[1] == "" && l.Split(',')[4] == "");   // open trades at the end

        var equity = File.ReadAllLines(Path.Combine(outDir, "equity.csv"));
        Assert.Equal("date,equity,drawdown,grossExposure", equity[0]);
        Assert.Equal(151, equity.Length);
        double last = double.Parse(equity[^1].Split(',')[1], CultureInfo.InvariantCulture);
        Assert.Equal(stats.RootElement.GetProperty("finalEquity").GetDouble(), last);

        using var parameters = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "params.json")));
        var p = parameters.RootElement;
        Assert.Equal(1, p.GetProperty("costs").GetProperty("commissionBps").GetDouble());
        Assert.Equal(2, p.GetProperty("costs").GetProperty("slippageBps").GetDouble());
        Assert.Equal(0.3, p.GetProperty("strategyParameters").GetProperty("quantile").GetDouble());
        Assert.Equal(1, p.GetProperty("features").GetProperty("scoresExcluded").GetInt32());
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(prices)));
        Assert.Contains(p.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("sha256").GetString() == hash);
        Assert.Empty(Directory.GetDirectories(files.Root, ".run.tmp-*"));
    }

    [Fact]
    public void Market_wide_scores_give_the_long_short_no_trade_and_small_scores_still_fire_the_threshold_strategy()
    {
        using var files = new TempFiles();
        var (prices, _) = WriteInputs(files);
        var panel = TestMarkets.RandomWalk(symbols: 10, days: 150, seed: 21);
        var rng = new Random(23);
        var marketWide = new StringBuilder("timestamp,symbol,score\n");
        var small = new StringBuilder("timestamp,symbol,score\n");
        for (int d = 0; d < panel.DayCount; d += 2)
        {
            double tone = Math.Round(2 * rng.NextDouble() - 1, 3);
            foreach (var symbol in panel.Symbols)
            {
                // One market headline attached to every name; and per-name daily means of many headlines (|score| ≈ 0.02).
                marketWide.Append(CultureInfo.InvariantCulture, $"{panel.Dates[d]:yyyy-MM-dd}T08:00:00-05:00,{symbol},{tone}\n");
                small.Append(CultureInfo.InvariantCulture, $"{panel.Dates[d]:yyyy-MM-dd}T08:00:00-05:00,{symbol},{Math.Round(0.02 * TestMarkets.Normal(rng), 4)}\n");
            }
        }
        var wide = files.Write("wide.csv", marketWide.ToString());
        var run = CliRunner.Run(files.Root, "backtest", "--prices", prices, "--sentiment", wide, "--strategy", "sentiment-longshort", "--out", files.PathOf("wide"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Single(File.ReadAllLines(Path.Combine(files.PathOf("wide"), "trades.csv")));   // the header only

        var averaged = files.Write("small.csv", small.ToString());
        foreach (var (units, fires) in new[] { ("zscore", true), ("absolute", false) })
        {
            var output = files.PathOf("threshold-" + units);
            run = CliRunner.Run(files.Root, "backtest", "--prices", prices, "--sentiment", averaged, "--strategy", "sentiment-threshold", "--short",
                "--threshold-units", units, "--out", output);
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal(fires, File.ReadAllLines(Path.Combine(output, "trades.csv")).Length > 10);
        }
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes()
    {
        using var files = new TempFiles();
        var (prices, _) = WriteInputs(files);
        string[] Args(string dir) => ["backtest", "--prices", prices, "--strategy", "sma-cross", "--symbol", "S003",
            "--fast", "5", "--slow", "15", "--short", "--out", files.PathOf(dir)];
        Assert.Equal(0, CliRunner.Run(files.Root, Args("a")).ExitCode);
        Assert.Equal(0, CliRunner.Run(files.Root, Args("b")).ExitCode);
        foreach (var name in new[] { "stats.json", "trades.csv", "equity.csv", "params.json" })
            Assert.Equal(File.ReadAllBytes(files.PathOf(Path.Combine("a", name))), File.ReadAllBytes(files.PathOf(Path.Combine("b", name))));
    }

    [Fact]
    public void A_bad_scores_row_names_file_line_and_column_and_writes_nothing()
    {
        using var files = new TempFiles();
        var (prices, _) = WriteInputs(files);
        var scores = files.Write("bad.csv", "timestamp,symbol,score\n2024-01-02T08:00:00-05:00,S001,0.5\n2024-01-03T08:00:00-05:00,S002,high\n");
        var run = CliRunner.Run(files.Root, "backtest", "--prices", prices, "--sentiment", scores, "--strategy", "sentiment-threshold", "--out", files.PathOf("out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.csv, line 3, column 'score'", run.Stderr);
        Assert.False(Directory.Exists(files.PathOf("out")));
    }

    [Fact]
    public void A_sentiment_strategy_without_sentiment_is_refused()
    {
        using var files = new TempFiles();
        var (prices, _) = WriteInputs(files);
        var run = CliRunner.Run(files.Root, "backtest", "--prices", prices, "--strategy", "sentiment-longshort", "--out", files.PathOf("out"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("needs --sentiment", run.Stderr);
    }
}
