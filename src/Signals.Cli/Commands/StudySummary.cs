using System.Globalization;
using Signals.Analytics;
using Signals.Workflows;
using Signals.Workflows.Health;
using Spectre.Console;

namespace Signals.Cli.Commands;

/// <summary>
/// The few lines `study` and `demo` print, read from the study's result: the strategy against its benchmark, IC,
/// costs, coverage, then every health check that is not ok. An undefined figure prints as "not defined: reason".
/// </summary>
internal static class StudySummary
{
    public static void Print(IAnsiConsole console, SentimentStudyResult study, TimeSpan elapsed)
    {
        if (study.TimeSeries is { } timeSeries) { TimeSeriesSummary.Print(console, study, timeSeries, elapsed); return; }
        var inv = CultureInfo.InvariantCulture;
        static string P(double v) => double.IsFinite(v) ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
        static string F(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        var s = study.Stats;
        var b = study.BenchmarkStats;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("").AddColumn(new TableColumn(Markup.Escape(study.Strategy.Name)).RightAligned()).AddColumn(new TableColumn(Markup.Escape(study.BenchmarkName)).RightAligned());
        // A table cell is too narrow for a reason: the cell says "not defined" and the reason follows the table.
        var undefined = new List<string>();
        string Cell(string name, Statistic figure, Func<double, string> format, string side)
        {
            if (figure.IsDefined) return Markup.Escape(format(figure.Value));
            undefined.Add($"{name} ({side}): not defined: {figure.Reason}");
            return "not defined";
        }
        void Row(string name, Statistic strategy, Statistic benchmark, Func<double, string> format) =>
            table.AddRow(Markup.Escape(name), Cell(name, strategy, format, "strategy"), Cell(name, benchmark, format, "benchmark"));
        Row("total return", Statistic.Of(s.TotalReturn), Statistic.Of(b.TotalReturn), P);
        Row("CAGR", s.Figure("cagr", s.Cagr), b.Figure("cagr", b.Cagr), P);
        Row("Sharpe", s.Figure("sharpe", s.Sharpe), b.Figure("sharpe", b.Sharpe), F);
        Row("max drawdown", Statistic.Of(s.MaxDrawdown), Statistic.Of(b.MaxDrawdown), P);
        table.AddRow("beta to benchmark", Cell("beta to benchmark", s.Figure("beta", s.Beta), F, "strategy"), "1.00");
        table.AddRow("information ratio", Cell("information ratio", study.Comparison.Figure("informationRatio", study.Comparison.InformationRatio), F, "strategy"), "");
        console.Write(table);
        foreach (var line in undefined) console.WriteLine(line);
        console.WriteLine($"costs in these figures: {Workflows.Health.CostRealism.Describe(study.Options.Backtest.Costs)}"
            + (study.Research is { } r ? string.Create(inv, $"; at ${r.Costs.Run.Capital:#,0} under realistic costs the same long-short's net Sharpe is {F(r.Costs.Run.NetSharpe)}") : ""));
        var ic1 = study.Ic.ByHorizon[0];
        var c = study.Counts;
        console.WriteLine(string.Create(inv,
            $"window: {study.Backtest.Dates[0]:yyyy-MM-dd} .. {study.Backtest.Dates[^1]:yyyy-MM-dd} ({study.Backtest.Dates.Length:N0} days); mean names with a live signal: {(study.Coverage.Length == 0 ? 0 : study.Coverage.Average()):0.0}; days too thin to trade: {study.DaysTooThinToTrade:N0}"));
        var icMean = ic1.Figure("mean", ic1.Mean);
        var icT = ic1.Figure("tStat", ic1.TStat);
        string icText = !icMean.IsDefined ? icMean.Format("0.0000") : string.Create(inv, $"{ic1.Mean:0.0000} (t = {icT.Format("0.0")})");
        console.WriteLine(string.Create(inv,
            $"headlines: {c.Headlines:N0} ({c.Scored:N0} scored, {study.CachedScores:N0} from cache, {c.FailedScores} failed, {c.UnmatchedTicker:N0} naming no traded symbol); rank IC at {ic1.Horizon} day: {icText}"));
        if (study.PriceLoad is { } prices)
            console.WriteLine(string.Create(inv, $"price rows: {prices.RowsRead:N0} read from {prices.Files.Count:N0} file(s), {prices.BadRows.Count:N0} skipped as bad{(prices.SkippedBySymbol.Count == 0 ? "" : " (" + string.Join(", ", prices.SkippedBySymbol.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")) + ")")}; {(prices.Adjusted ? "adjusted" : "unadjusted")} prices"));
        if (study.NewsLoad is { } load)
            console.WriteLine(string.Create(inv, $"news rows: {load.RowsRead:N0} read, {load.BadRows.Count:N0} skipped as unreadable, {load.Duplicates:N0} exact duplicates dropped"));
        console.WriteLine(string.Create(inv,
            $"costs paid: {study.Backtest.Costs.Total:N0} (commission {study.Backtest.Costs.Commission:N0}, slippage {study.Backtest.Costs.Slippage:N0}, borrow {study.Backtest.Costs.Borrow:N0})"));
        if (study.LopezLiraTang is { } llt)
        {
            var fit = llt.Regression;
            string coefficient = fit.UndefinedReason is { } why
                ? $"not defined: {why}"
                : string.Create(inv, $"{fit.Coefficient:0.00000} (day-clustered t = {fit.TStat:0.0}, {fit.Observations:N0} symbol-days)");
            console.WriteLine(string.Create(inv, $"Lopez-Lira & Tang: coefficient {coefficient}; event study: {study.EventStudy?.EventsUsed ?? 0:N0} events"));
        }
        foreach (var check in study.Health.Where(h => h.Status != HealthStatus.Ok))
        {
            string tag = check.Status == HealthStatus.Fail ? "[red]health FAIL[/]" : "[yellow]health warn[/]";
            console.MarkupLine($"{tag} {Markup.Escape(check.Id)}: {Markup.Escape(check.Message)}");
        }
        console.WriteLine(string.Create(inv, $"done in {elapsed.TotalSeconds:0.0} s"));
    }
}
