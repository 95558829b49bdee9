using System.Globalization;
using System.Text.Json.Nodes;
using Signals.Reporting;

namespace Signals.Workflows.Trials;

/// <summary>The report section on the trials behind the study and its Deflated Sharpe Ratio.</summary>
public static class TrialsSection
{
    /// <summary>The report section's id (and the study.json key).</summary>
    public const string Id = "trials";

    /// <summary>The section: how many trials stand behind the study, the best Sharpe luck alone would give, and the Deflated Sharpe Ratio.</summary>
    public static ReportSection Build(StudyTrials trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var r = trials.Recorded;
        double annual = Math.Sqrt(r.PeriodsPerYear);
        var rows = new List<KeyValuePair<string, string>>
        {
            new("trials", $"{trials.CountText} on these data ({N(trials.CountInLog)} in {Path.GetFileName(trials.LogPath)})"),
            new("this configuration", $"{r.Hash}: {(trials.IsRepeat ? $"a repeat (run {N(r.Runs)} times; not a new trial)" : "a new trial")}"),
            new("Sharpe ratio (annualised, costs on)", F(r.Sharpe, "0.00")),
            new("spread of the trials' Sharpe ratios (annualised std)", trials.Count > 1 ? F(Math.Sqrt(trials.SharpeVariance) * annual, "0.00") : "n/a (one trial)"),
            new("best Sharpe expected from luck alone (annualised)", F(trials.ExpectedMaxSharpe * annual, "0.00")),
            new("Probabilistic Sharpe (P[true Sharpe > 0])", F(trials.ProbabilisticSharpe, "0.000")),
            new($"Deflated Sharpe ({trials.CountText})", F(trials.DeflatedSharpe, "0.000")),
        };
        return new ReportSection(Id, "Trials and the Deflated Sharpe Ratio")
        {
            Note = "Every study run records its configuration (scorer, model, prompt version, thinking, strategy, signal and cost parameters, window, data) "
                + "and its Sharpe in the trials file; re-running a configuration updates its line instead of adding a trial. The Deflated Sharpe "
                + "(Bailey & López de Prado 2014) is the probability that the true Sharpe beats the best of that many worthless configurations "
                + "with the recorded spread of Sharpe ratios; it can only count the trials that were run through the kit.",
            Rows = rows,
            Data = new JsonObject
            {
                ["log"] = trials.LogPath,
                ["trials"] = trials.Count,
                ["trialsInLog"] = trials.CountInLog,
                ["hash"] = r.Hash,
                ["repeat"] = trials.IsRepeat,
                ["runs"] = r.Runs,
                ["sharpe"] = Finite(r.Sharpe),
                ["trialSharpeVariancePerPeriod"] = Finite(trials.SharpeVariance),
                ["expectedMaxSharpePerPeriod"] = Finite(trials.ExpectedMaxSharpe),
                ["probabilisticSharpe"] = Finite(trials.ProbabilisticSharpe),
                ["deflatedSharpe"] = Finite(trials.DeflatedSharpe),
            },
        };
    }

    private static string N(int v) => v.ToString("#,0", CultureInfo.InvariantCulture);
    private static string F(double v, string format) => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
