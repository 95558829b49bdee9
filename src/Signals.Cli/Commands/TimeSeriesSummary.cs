using System.Globalization;
using Signals.Workflows;
using Spectre.Console;

namespace Signals.Cli.Commands;

/// <summary>The lines `study` prints for a time-series (market-news) study: why no long-short, the timing strategy, the IC, every non-ok check.</summary>
internal static class TimeSeriesSummary
{
    public static void Print(IAnsiConsole console, SentimentStudyResult study, MarketNewsStudyResult series, TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        static string P(double v) => double.IsFinite(v) ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
        static string F(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        console.MarkupLineInterpolated($"[bold]time-series study[/] of the day's sentiment against {series.Target}: no cross-sectional long-short, because {series.Reason}.");
        var s = series.TimingStats;
        var b = series.BenchmarkStats;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("").AddColumn(new TableColumn(study.Strategy.Name).RightAligned()).AddColumn(new TableColumn(study.BenchmarkName).RightAligned());
        table.AddRow("total return", P(s.TotalReturn), P(b.TotalReturn));
        table.AddRow("CAGR", P(s.Cagr), P(b.Cagr));
        table.AddRow("Sharpe", F(s.Sharpe), F(b.Sharpe));
        table.AddRow("max drawdown", P(s.MaxDrawdown), P(b.MaxDrawdown));
        console.Write(table);
        console.WriteLine(string.Create(inv,
            $"window: {series.Dates[0]:yyyy-MM-dd} .. {series.Dates[^1]:yyyy-MM-dd} ({series.Dates.Length:N0} days); days long / short / flat: {series.DaysLong} / {series.DaysShort} / {series.DaysFlat}; {MarketNewsReport.TimingRule(series.Options)}"));
        foreach (var r in series.Ic)
            console.WriteLine(r.Ic is double ic
                ? string.Create(inv, $"time-series IC at {r.Horizon} day(s): {ic:0.0000} (Newey-West t = {r.NeweyWestTStat:0.0}, {r.Observations} days)")
                : string.Create(inv, $"time-series IC at {r.Horizon} day(s): not defined: {r.Undefined}"));
        var c = study.Counts;
        console.WriteLine(string.Create(inv,
            $"headlines: {c.Headlines:N0} ({c.Scored:N0} scored, {study.CachedScores:N0} from cache, {c.FailedScores} failed, {series.HeadlinesUsed:N0} in the sentiment series)"));
        if (study.NewsLoad is { } load)
            console.WriteLine(string.Create(inv, $"news rows: {load.RowsRead:N0} read, {load.BadRows.Count:N0} skipped as unreadable, {load.Duplicates:N0} exact duplicates dropped"));
        console.WriteLine(string.Create(inv,
            $"costs paid: {series.Timing.Costs.Total:N0} (commission {series.Timing.Costs.Commission:N0}, slippage {series.Timing.Costs.Slippage:N0}, borrow {series.Timing.Costs.Borrow:N0})"));
        foreach (var check in study.Health.Where(h => h.Status != Workflows.Health.HealthStatus.Ok))
        {
            string tag = check.Status == Workflows.Health.HealthStatus.Fail ? "[red]health FAIL[/]" : "[yellow]health warn[/]";
            console.MarkupLine($"{tag} {Markup.Escape(check.Id)}: {Markup.Escape(check.Message)}");
        }
        console.WriteLine(string.Create(inv, $"done in {elapsed.TotalSeconds:0.0} s"));
    }
}
