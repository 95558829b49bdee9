using System.Globalization;
using Signals.Workflows;
using Spectre.Console;

namespace Signals.Cli.Commands;

/// <summary>The few lines `study` and `demo` print: the strategy against its benchmark, IC, costs, coverage.</summary>
internal static class StudySummary
{
    public static void Print(IAnsiConsole console, SentimentStudyResult study, TimeSpan elapsed)
    {
        static string P(double v) => double.IsFinite(v) ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
        static string F(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        var s = study.Stats;
        var b = study.BenchmarkStats;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("").AddColumn(new TableColumn(study.Strategy.Name).RightAligned()).AddColumn(new TableColumn(study.BenchmarkName).RightAligned());
        table.AddRow("total return", P(s.TotalReturn), P(b.TotalReturn));
        table.AddRow("CAGR", P(s.Cagr), P(b.Cagr));
        table.AddRow("Sharpe", F(s.Sharpe), F(b.Sharpe));
        table.AddRow("max drawdown", P(s.MaxDrawdown), P(b.MaxDrawdown));
        table.AddRow("beta to benchmark", F(s.Beta), "1.00");
        table.AddRow("information ratio", F(study.Comparison.InformationRatio), "");
        console.Write(table);
        var inv = CultureInfo.InvariantCulture;
        var ic1 = study.Ic.ByHorizon[0];
        var c = study.Counts;
        console.WriteLine(string.Create(inv,
            $"window: {study.Backtest.Dates[0]:yyyy-MM-dd} .. {study.Backtest.Dates[^1]:yyyy-MM-dd} ({study.Backtest.Dates.Length:N0} days); mean names with a live signal: {(study.Coverage.Length == 0 ? 0 : study.Coverage.Average()):0.0}"));
        console.WriteLine(string.Create(inv,
            $"headlines: {c.Headlines:N0} ({c.Scored:N0} scored, {study.CachedScores:N0} from cache, {c.FailedScores} failed, {c.UnmatchedTicker:N0} naming no traded symbol); rank IC at {ic1.Horizon} day: {ic1.Mean:0.0000} (t = {ic1.TStat:0.0})"));
        if (study.NewsLoad is { } load)
            console.WriteLine(string.Create(inv, $"news rows: {load.RowsRead:N0} read, {load.BadRows.Count:N0} skipped as unreadable, {load.Duplicates:N0} exact duplicates dropped"));
        console.WriteLine(string.Create(inv,
            $"costs paid: {study.Backtest.Costs.Total:N0} (commission {study.Backtest.Costs.Commission:N0}, slippage {study.Backtest.Costs.Slippage:N0}, borrow {study.Backtest.Costs.Borrow:N0})"));
        if (study.LopezLiraTang is { } llt)
            console.WriteLine(string.Create(inv,
                $"Lopez-Lira & Tang: coefficient {llt.Regression.Coefficient:0.00000} (day-clustered t = {llt.Regression.TStat:0.0}, {llt.Regression.Observations:N0} symbol-days); event study: {study.EventStudy?.EventsUsed ?? 0:N0} events"));
        foreach (var warning in StudyReport.LookAheadWarnings(study, study.Tearsheet.Parameters.FirstOrDefault(p => p.Key == "scorer").Value ?? ""))
            console.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        console.WriteLine(string.Create(inv, $"done in {elapsed.TotalSeconds:0.0} s"));
    }
}
