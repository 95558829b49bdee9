#:project ../../src/Signals/Signals.csproj
#:property TreatWarningsAsErrors=false
// Where a study's memory goes, stage by stage: heap still live (after a full collection where the stage boundary
// allows it), bytes allocated, and the process's peak RSS so far. Run from the repository root:
//   dotnet run -c Release bench/scale/StageMemory.cs -- PRICES.csv NEWS.csv
// (generate a universe first: signals sample-data --symbols 2000 --years 20 --headlines-per-year 20 --out DIR).
using System.Diagnostics;
using Signals.Data;
using Signals.Sentiment;
using Signals.Workflows;

string pricesPath = args[0], newsPath = args[1];
var clock = Stopwatch.StartNew();
long bars = 0;
void Mark(string stage, bool collect)
{
    long live = GC.GetTotalMemory(collect);
    var p = Process.GetCurrentProcess();
    Console.WriteLine($"{stage,-34} {clock.Elapsed.TotalSeconds,7:0.0} s  live {live / 1048576.0,8:0} MB ({(bars == 0 ? 0 : live / (double)bars),6:0} B/bar)  allocated {GC.GetTotalAllocatedBytes() / 1048576.0,9:0} MB  peak RSS {p.PeakWorkingSet64 / 1048576.0,7:0} MB");
}
Mark("start", true);
var series = PriceCsv.LoadMany(pricesPath);
bars = series.Sum(s => (long)s.Count);
Mark("prices as BarSeries", true);
var panel = BarPanel.FromSeries(series);
Mark("+ BarPanel", true);
series = null;
Mark("BarPanel only", true);
var news = NewsFile.LoadWithReport(newsPath, new NewsLoadOptions());
Mark("+ news", true);
var scorer = OfflineScorers.Create("lexicon");
var data = new StudyData(panel, news.Items) { NewsLoad = news };
var progress = new Stages(s => Mark(s, false));
var study = await SentimentStudy.RunAsync(data, scorer, new SentimentStudyOptions(), progress);
Mark("study result", true);
// The analytics stage piece by piece, on the study's own window and signal.

var traded = new HashSet<string>(panel.Symbols, StringComparer.Ordinal);
var matched = study.Headlines.Where(h => h.Symbols.Any(traded.Contains)).ToList();
var opts = new SentimentStudyOptions();
void Piece(string name, Action run)
{
    GC.Collect();
    long before = GC.GetTotalAllocatedBytes(true);
    var t = Stopwatch.StartNew();
    run();
    Console.WriteLine($"  {name,-28} {t.Elapsed.TotalSeconds,7:0.00} s  allocated {(GC.GetTotalAllocatedBytes(true) - before) / 1048576.0,8:0} MB");
}
var basis = Signals.Analytics.ForwardReturns.BasisFor(Signals.Data.DecisionTiming.Open);
Piece("IC", () => Signals.Analytics.InformationCoefficient.Of(study.Signal, panel, opts.IcHorizons, basis));
Piece("quantiles", () => Signals.Analytics.QuantileReturns.Compute(study.Signal, Signals.Analytics.ForwardReturns.Compute(panel, 1, basis)));
Piece("coverage", () => Signals.Features.SignalStaleness.Coverage(study.Signal));
Piece("event study", () => Signals.Analytics.EventStudies.EventStudy.Run(panel, matched, new Signals.Analytics.EventStudies.EventStudyOptions()));
Piece("Lopez-Lira & Tang", () => Signals.Analytics.Protocols.LopezLiraTang.Run(panel, matched, new Signals.Analytics.Protocols.LopezLiraTangOptions()));
Piece("Kirtac & Germano", () => Signals.Analytics.Protocols.KirtacGermano.Run(panel, matched, new Signals.Analytics.Protocols.KirtacGermanoOptions()));
Piece("research", () => StudyResearch.Run(panel, study.Signal, Signals.Data.DecisionTiming.Open, Signals.Backtesting.FillTiming.NextOpen, opts, null, null));
var ro = opts.Research;
Piece("  factor tearsheet", () => Signals.Analytics.FactorTearsheets.FactorTearsheet.Compute(study.Signal, panel, new Signals.Analytics.FactorTearsheets.FactorTearsheetOptions
{
    Horizons = [.. opts.IcHorizons], Quantiles = ro.TearsheetQuantiles, Basis = basis, CostBps = ro.Costs.CommissionBps + ro.Costs.HalfSpreadBps,
}));
Signals.Data.Panel ls = null!;
Piece("  long-short weights", () => ls = StudyResearch.LongShortWeights(study.Signal, Signals.Data.DecisionTiming.Open, opts.StrategySettings.Quantile, opts.StrategySettings.MinNamesPerSide));
Signals.Backtesting.Portfolios.RiskPortfolioResult rp = null!;
Piece("  risk portfolio plain", () => rp = Signals.Backtesting.Portfolios.RiskPortfolio.Build(panel, ls, new() { BetaNeutral = false }));
Piece("  risk portfolio beta", () => Signals.Backtesting.Portfolios.RiskPortfolio.Build(panel, ls, new() { BetaNeutral = true }));
Piece("  risk portfolio inv-vol band", () => Signals.Backtesting.Portfolios.RiskPortfolio.Build(panel, ls, new() { BetaNeutral = false, InverseVolatility = true, TurnoverBand = ro.TurnoverBand }));
Piece("  costed run", () => Signals.Backtesting.Costs.CostedPortfolio.Run(panel, rp.Weights, ro.Capital, ro.Costs));
Piece("  realistic costs", () => Signals.Backtesting.Costs.RealisticCosts.Evaluate(panel, rp.Weights, ro.Capital, ro.Costs, ro.CapacityCapitals));
Piece("report", () => StudyReport.Of(study));
var folder = Path.Combine(Path.GetTempPath(), "stage-memory-" + Environment.ProcessId);
StudyFolder.Write(folder, study, new Signals.Reporting.RunDescription
{
    Command = "study", Version = "probe", Strategy = study.Strategy, Symbols = study.Signal.SymbolCount,
    FirstDate = study.Backtest.Dates[0], LastDate = study.Backtest.Dates[^1], Options = new Signals.Backtesting.BacktestOptions(),
});
Mark("folder written", true);
Console.WriteLine($"{bars:N0} bars, {news.Items.Count:N0} headlines; report {new FileInfo(Path.Combine(folder, "report.html")).Length / 1048576.0:0.0} MB -> {folder}");

sealed class Stages(Action<string> mark) : IProgress<StudyProgress>
{
    private StudyStage? _last;
    public void Report(StudyProgress value)
    {
        if (value.Stage == _last) return;
        _last = value.Stage;
        mark("stage " + value.Stage);
    }
}
