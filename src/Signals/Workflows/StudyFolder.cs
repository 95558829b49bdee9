using System.Globalization;
using Signals.Analytics.Protocols;
using Signals.Data;
using Signals.Features;
using Signals.Reporting;
using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>
/// The output folder of a study: report.html (the tearsheet with every research section), run/ (the backtest run
/// folder as `signals backtest` writes it), scores.csv, study.json (every figure of the report), lopez-lira-tang.csv (the regression's observations) and, when the news
/// was loaded through the lenient loader, bad-rows.csv (price rows first, then news rows). Built whole in a temporary sibling and moved into place, so
/// on failure the folder is left as it was; a folder holding files the kit did not write is refused, never wiped
/// (<see cref="OutputFolder"/>).
/// </summary>
public static class StudyFolder
{
    /// <summary>The tearsheet with every research section.</summary>
    public const string ReportFile = "report.html";
    /// <summary>Sub-folder holding the backtest run folder.</summary>
    public const string RunFolder = "run";
    /// <summary>Every headline's score and provenance.</summary>
    public const string ScoresFile = "scores.csv";
    /// <summary>Every figure of the report, machine-readable.</summary>
    public const string StudyJsonFile = "study.json";
    /// <summary>Rows the lenient loader skipped (prices first, then news); written only for a lenient load.</summary>
    public const string BadRowsFile = "bad-rows.csv";

    /// <summary>The command name the study records in its folder's marker.</summary>
    public const string Command = "study";

    /// <summary>
    /// Claims <paramref name="folder"/> for a study over <paramref name="inputs"/> (see <see cref="OutputFolder.Claim"/>):
    /// call it before loading and scoring, so a folder the study may not write is refused before any work.
    /// </summary>
    public static OutputFolder Claim(string folder, IEnumerable<string> inputs) => OutputFolder.Claim(folder, Command, inputs);

    /// <summary>Writes the study folder, claiming it first (for callers with no expensive work before the write).</summary>
    public static void Write(string folder, SentimentStudyResult study, RunDescription run)
    {
        using var output = Claim(folder, run.Inputs.Select(i => i.Path));
        Write(output, study, run);
    }

    /// <summary>Writes the study's files into the claimed folder, replacing only the files an earlier study wrote there.</summary>
    public static void Write(OutputFolder output, SentimentStudyResult study, RunDescription run) =>
        output.Commit(temp =>
        {
            // Each file is written from the result alone, so they are written side by side (the run folder's input
            // hashes and the 800 k-row scores.csv of a large study take seconds each).
            SideBySide.Run(
                () =>
                {
                    var report = StudyReport.Of(study);
                    Tearsheet.Write(report.Tearsheet, Path.Combine(temp, ReportFile));
                    AtomicFile.WriteText(Path.Combine(temp, StudyJsonFile), BacktestRunFolder.IndentedJson(report.ToJson()));
                },
                () => BacktestRunFolder.WriteInto(Path.Combine(temp, RunFolder), study.Backtest, study.Stats, run),
                () => AtomicFile.WriteText(Path.Combine(temp, ScoresFile), w => WriteScores(w, study)),
                () =>
                {
                    if (study.LopezLiraTang is { } llt)
                        LopezLiraTangCsv.Write(Path.Combine(temp, LopezLiraTangCsv.FileName), llt.Observations);
                    if (study.NewsLoad is not null || study.PriceLoad is not null)
                        AtomicFile.WriteText(Path.Combine(temp, BadRowsFile), w => BadRow.WriteCsv(w, [.. study.PriceLoad?.BadRows ?? [], .. study.NewsLoad?.BadRows ?? []]));
                });
        });

    /// <summary>
    /// The scores behind the study, readable again with `--sentiment DIR/scores.csv --news ...`: a scorer's results
    /// through <see cref="ScoredHeadlineCsv.Write(TextWriter, IReadOnlyList{SentimentResult}, bool)"/> (failed ones
    /// with their status, never 0), or scores that came from a file as timestamp,symbols,score,confidence,id rows.
    /// </summary>
    public static void WriteScores(TextWriter w, SentimentStudyResult study)
    {
        if (study.Scores.Count > 0)
        {
            ScoredHeadlineCsv.Write(w, study.Scores);
            return;
        }
        w.Write("timestamp,symbols,score,confidence,id,status\n");
        foreach (var h in study.Headlines)
            w.Write($"{NewsFile.FormatTimestamp(h.Published)},{CsvText.Quote(string.Join(';', h.Symbols))},{Num(h.Score)},{Num(h.Confidence)},{CsvText.Quote(h.Id)},ok\n");
    }

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
