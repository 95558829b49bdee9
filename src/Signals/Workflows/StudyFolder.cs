using System.Globalization;
using Signals.Data;
using Signals.Reporting;
using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>
/// The output folder of a study: report.html (the tearsheet with every research section), run/ (the backtest run
/// folder as `signals backtest` writes it), scores.csv, study.json (every figure of the report) and, when the news
/// was loaded through the lenient loader, bad-rows.csv. Built whole in a temporary sibling and moved into place, so
/// on failure the folder is left as it was.
/// </summary>
public static class StudyFolder
{
    public const string ReportFile = "report.html";
    public const string RunFolder = "run";
    public const string ScoresFile = "scores.csv";
    public const string StudyJsonFile = "study.json";
    public const string BadRowsFile = "bad-rows.csv";

    public static void Write(string folder, SentimentStudyResult study, RunDescription run) =>
        AtomicFolder.Replace(folder, temp =>
        {
            Tearsheet.Write(study.Tearsheet, Path.Combine(temp, ReportFile));
            BacktestRunFolder.WriteInto(Path.Combine(temp, RunFolder), study.Backtest, study.Stats, run);
            AtomicFile.Write(Path.Combine(temp, ScoresFile), (TextWriter w) => WriteScores(w, study));
            AtomicFile.WriteText(Path.Combine(temp, StudyJsonFile), BacktestRunFolder.IndentedJson(StudyReport.Json(study)));
            if (study.NewsLoad is { } load)
                AtomicFile.Write(Path.Combine(temp, BadRowsFile), (TextWriter w) => BadRow.WriteCsv(w, load.BadRows));
        });

    /// <summary>
    /// timestamp,symbols,score,confidence,id,status — the self-contained shape <see cref="Features.ScoredHeadlineCsv"/>
    /// reads back (`--sentiment DIR/scores.csv`); a failed score is written with its status and no score, never as 0.
    /// </summary>
    public static void WriteScores(TextWriter w, SentimentStudyResult study)
    {
        w.Write("timestamp,symbols,score,confidence,id,status\n");
        var scored = study.Headlines.ToDictionary(h => h.Id, StringComparer.Ordinal);
        var failed = study.Scores.Where(r => !scored.ContainsKey(r.Id)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var item in study.News)
        {
            string time = NewsFile.FormatTimestamp(item.Published), symbols = CsvText.Quote(string.Join(';', item.Symbols));
            if (scored.TryGetValue(item.Id, out var h))
                w.Write($"{time},{symbols},{Num(h.Score)},{Num(h.Confidence)},{CsvText.Quote(h.Id)},ok\n");
            else if (failed.TryGetValue(item.Id, out var r))
                w.Write($"{time},{symbols},,,{CsvText.Quote(r.Id)},{(r.Status == ScoreStatus.Ok ? "failed" : r.Status.ToString().ToLowerInvariant())}\n");
        }
    }

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
