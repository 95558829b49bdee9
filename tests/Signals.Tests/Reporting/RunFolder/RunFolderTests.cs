using Signals.Cli;
using Signals.Data;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

public sealed class RunFolderTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("signals-run-");

    public void Dispose() => root.Delete(recursive: true);

    /// <summary>Writes a run folder in the layout `signals backtest` produces.</summary>
    private string WriteRun(string name, int days, int seed, bool withStats = true)
    {
        var dir = Path.Combine(root.FullName, name);
        Directory.CreateDirectory(dir);
        var dates = ReportingFixtures.Weekdays(new DateOnly(2023, 1, 2), days);
        var equity = ReportingFixtures.Equity(days, seed);
        var dd = global::Signals.Numerics.Drawdown.Series(equity);
        using (var w = new StreamWriter(Path.Combine(dir, "equity.csv")))
        {
            w.WriteLine("date,equity,drawdown,grossExposure");
            for (int i = 0; i < days; i++)
                w.WriteLine(FormattableString.Invariant($"{dates[i]:yyyy-MM-dd},{equity[i]:R},{dd[i]:R},0.95"));
        }
        File.WriteAllText(Path.Combine(dir, "trades.csv"),
            "symbol,entryDate,exitDate,size,entryPrice,exitPrice,pnl,returnPct\n" +
            "AAPL,2023-01-03,2023-01-10,100,130.5,133.25,271.5,0.0208\n" +
            "\"MSFT\",2023-02-01,,-50,250,,-12.5,-0.001\n");
        if (withStats)
            File.WriteAllText(Path.Combine(dir, "stats.json"), """
                {"finalEquity":123456.78,"totalReturn":0.2345,"cagr":0.11,"annualVolatility":0.15,"sharpe":0.73,"sortino":1.1,
                 "calmar":0.8,"maxDrawdown":-0.137,"maxDrawdownDays":64,"exposure":0.93,"turnover":4.2,"trades":2,
                 "winRate":0.5,"profitFactor":NaN_PLACEHOLDER,"deflatedSharpe":0.41}
                """.Replace("NaN_PLACEHOLDER", "\"NaN\""));
        File.WriteAllText(Path.Combine(dir, "params.json"), """
            {"strategy":"sentiment-momentum","parameters":{"lookback":20,"threshold":0.3,"universe":["AAPL","MSFT"]},
             "costs":{"commissionBps":1,"slippageBps":5,"borrowBpsPerYear":50},"fillTiming":"next open",
             "pointInTime":"news before 09:30 NY trades at that day's open",
             "provenance":[{"file":"data/sample/prices.csv","rows":5040,"first":"2023-01-03","last":"2024-12-31","sha256":"abc123"}],
             "seed":42}
            """);
        return dir;
    }

    [Fact]
    public void Reads_stats_equity_trades_and_params()
    {
        var run = BacktestRunFolder.Read(WriteRun("run", 300, 1));
        Assert.Equal(300, run.Equity.Length);
        Assert.Equal(["Total return", "CAGR", "Sharpe ratio", "Max drawdown", "Annual volatility", "Sortino ratio"], run.Stats.Take(6).Select(s => s.Name).ToArray());
        Assert.Equal(StatFormat.Percent, run.Stats[0].Format);
        Assert.True(double.IsNaN(run.Stats.Single(s => s.Name == "Profit factor").Value));
        Assert.Equal("deflatedSharpe", run.Stats[^1].Name); // unknown fields are kept, last
        Assert.Equal(2, run.Trades.Count);
        Assert.Equal("MSFT", run.Trades[1].Symbol);
        Assert.True(run.Trades[1].IsOpen);
        Assert.Null(run.Trades[1].ExitPrice);
        Assert.Equal(-50, run.Trades[1].Size);
        Assert.Equal("sentiment-momentum", run.Parameters.Strategy);
        Assert.Contains(new KeyValuePair<string, string>("lookback", "20"), run.Parameters.Parameters);
        Assert.Contains(new KeyValuePair<string, string>("universe", "[\"AAPL\",\"MSFT\"]"), run.Parameters.Parameters);
        Assert.Contains(new KeyValuePair<string, string>("seed", "42"), run.Parameters.Parameters);
        Assert.Equal("commissionBps = 1", run.Parameters.Assumptions.Commission);
        Assert.Equal("borrowBpsPerYear = 50", run.Parameters.Assumptions.Borrow);
        Assert.Equal("fillTiming = next open", run.Parameters.Assumptions.FillTiming);
        var p = Assert.Single(run.Parameters.Provenance);
        Assert.Equal(("data/sample/prices.csv", 5040L, new DateOnly(2024, 12, 31), "abc123"), (p.File, p.Rows!.Value, p.Last!.Value, p.Sha256));
    }

    [Fact]
    public void Benchmark_run_is_aligned_on_the_strategy_dates()
    {
        var input = RunTearsheet.FromFolders(WriteRun("run", 300, 1), WriteRun("bench", 250, 2), "My title");
        Assert.Equal("My title", input.Title);
        Assert.Equal(300, input.BenchmarkEquity!.Length);
        Assert.Equal("sentiment-momentum", input.BenchmarkName);
        Assert.Equal(input.BenchmarkEquity[249], input.BenchmarkEquity[299]); // carried forward past its last day
    }

    [Fact]
    public void Bad_number_names_file_line_and_column()
    {
        var dir = WriteRun("bad", 10, 1);
        var lines = File.ReadAllLines(Path.Combine(dir, "equity.csv"));
        lines[2] = "2023-01-03,abc,0,1";
        File.WriteAllLines(Path.Combine(dir, "equity.csv"), lines);
        var ex = Assert.Throws<DataFormatException>(() => BacktestRunFolder.Read(dir));
        Assert.Equal(3, ex.Line);
        Assert.Equal("equity", ex.Column);
        Assert.Contains("equity.csv, line 3, column 'equity': 'abc' is not a number", ex.Message);
    }

    [Fact]
    public void Missing_column_and_bad_json_are_clear()
    {
        var dir = WriteRun("cols", 10, 1);
        File.WriteAllText(Path.Combine(dir, "trades.csv"), "symbol,entryDate\nAAPL,2023-01-03\n");
        var ex = Assert.Throws<DataFormatException>(() => BacktestRunFolder.Read(dir));
        Assert.Equal("exitDate", ex.Column);
        File.Delete(Path.Combine(dir, "trades.csv"));
        File.WriteAllText(Path.Combine(dir, "stats.json"), "{\"sharpe\": 1,\n \"cagr\": }");
        var json = Assert.Throws<DataFormatException>(() => BacktestRunFolder.Read(dir));
        Assert.Contains("stats.json, line 2", json.Message);
    }

    [Fact]
    public async Task Report_command_writes_the_tearsheet()
    {
        var run = WriteRun("cli", 260, 3);
        var bench = WriteRun("cli-bench", 260, 4);
        File.WriteAllText(Path.Combine(bench, "stats.json"), "{\"totalReturn\": -0.05, \"sharpe\": 0.4}");
        var output = Path.Combine(root.FullName, "out", "tearsheet.html");
        int code = await InProcessCli.ExitCodeAsync(["report", "--run", run, "--benchmark-run", bench, "--out", output, "--title", "CLI <test>"]);
        Assert.Equal(0, code);
        var html = File.ReadAllText(output);
        Assert.Contains("<title>CLI &lt;test&gt;</title>", html);
        Assert.Contains("<td>Total return</td><td class=\"num pos\">23.45%</td><td class=\"num neg\">-5.00%</td>", html);
        Assert.Contains("<td>CAGR</td><td class=\"num pos\">11.00%</td><td class=\"num\"></td>", html); // benchmark did not report it
        Assert.Contains("borrowBpsPerYear = 50", html);
        Assert.Contains("data/sample/prices.csv", html);

        Assert.NotEqual(0, await InProcessCli.ExitCodeAsync(["report", "--out", output]));
        Assert.Equal(1, await InProcessCli.ExitCodeAsync(["report", "--run", Path.Combine(root.FullName, "nope"), "--out", output]));
    }

    [Fact]
    public async Task Report_reads_what_the_backtest_command_writes()
    {
        // A small universe and a scores file, through the real `signals backtest`, then `signals report`.
        var prices = Path.Combine(root.FullName, "prices.csv");
        using (var w = new StreamWriter(prices))
            PriceCsv.Write(w, [ReportingFixtures.Bars("AAA", 120, 41), ReportingFixtures.Bars("BBB", 120, 42), ReportingFixtures.Bars("CCC", 120, 43)]);
        var scores = Path.Combine(root.FullName, "scores.csv");
        using (var w = new StreamWriter(scores))
        {
            w.Write("timestamp,symbol,score\n");
            var days = ReportingFixtures.Weekdays(new DateOnly(2024, 1, 2), 120);
            for (int i = 5; i < 115; i += 3)
                w.Write(FormattableString.Invariant($"{days[i]:yyyy-MM-dd}T08:00:00-05:00,{(i % 2 == 0 ? "AAA" : "BBB")},{(i % 4 == 1 ? -0.6 : 0.7)}\n"));
        }
        var run = Path.Combine(root.FullName, "bt");
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(["backtest", "--prices", prices, "--sentiment", scores, "--strategy", "sentiment-threshold", "--threshold-units", "absolute", "--out", run]));
        var output = Path.Combine(root.FullName, "bt.html");
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(["report", "--run", run, "--out", output]));

        var folder = BacktestRunFolder.Read(run);
        Assert.Equal("sentiment-threshold", folder.Parameters.Strategy);
        Assert.Contains(folder.Stats, s => s.Name == "Sharpe ratio");
        Assert.Contains(folder.Stats, s => s.Name == "Total costs paid" && s.Format == StatFormat.Currency && s.Value > 0);
        Assert.Equal(120, folder.Equity.Length);
        Assert.StartsWith("a headline published before 09:30 New York", folder.Parameters.Assumptions.PointInTime);
        Assert.StartsWith("decided on data to the close of day t", folder.Parameters.Assumptions.FillTiming);
        Assert.Contains("commissionBps = 1", folder.Parameters.Assumptions.Commission);
        var prov = folder.Parameters.Provenance;
        Assert.Equal(["prices: " + prices, "sentiment: " + scores], prov.Select(p => p.File).ToArray());
        Assert.All(prov, p => Assert.Equal(64, p.Sha256!.Length));

        var html = File.ReadAllText(output);
        Assert.Contains("sentiment-threshold — backtest tearsheet", html);
        Assert.DoesNotContain("<span class=\"unstated\">", html); // every assumption is stated by the run itself
    }
}
