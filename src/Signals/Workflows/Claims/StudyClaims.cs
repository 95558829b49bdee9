using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Signals.Reporting;
using Signals.Workflows.LookAhead;
using Signals.Workflows.Trials;

namespace Signals.Workflows.Claims;

/// <summary>
/// The report's "what this study can and cannot claim" paragraph, drawn from the three things that limit a backtest's
/// claim beyond its own statistics: how many configurations were tried (the trials log and the Deflated Sharpe), whether
/// the scorer may remember the future (the look-ahead audit), and the data's health checks. Each input may be missing;
/// the paragraph then says that it was not measured rather than assuming the best.
/// </summary>
public static class StudyClaims
{
    /// <summary>The report section's id (and the study.json key).</summary>
    public const string Id = "claims";

    /// <param name="trials">The trials behind the study; null when no trials file was kept.</param>
    /// <param name="audit">The look-ahead audit; null when it was not run.</param>
    /// <param name="healthProblems">The health checks' findings (empty: all passed); null when no health checks ran.</param>
    /// <param name="sharpe">The study's annualised Sharpe (costs on).</param>
    public static string Paragraph(StudyTrials? trials, LookAheadAuditResult? audit, IReadOnlyList<string>? healthProblems, double sharpe)
    {
        var text = new StringBuilder();
        text.Append(string.Create(CultureInfo.InvariantCulture, $"The backtest earned a Sharpe ratio of {F(sharpe)} with costs on. "));
        if (trials is null)
            text.Append("How many configurations were tried before this one is unknown (no trials file was kept), so the Sharpe cannot be deflated for selection: treat it as the best of an unknown number of tries. ");
        else if (trials.Count == 1)
            text.Append(string.Create(CultureInfo.InvariantCulture, $"It is the only configuration recorded on these data (1 trial recorded), so nothing deflates it yet (PSR {F(trials.ProbabilisticSharpe, "0.000")}); trials run outside the kit are not counted. "));
        else
            text.Append(
                $"{trials.CountText} on these data: the best of that many worthless configurations would show a Sharpe of about {F(trials.ExpectedMaxSharpe * Math.Sqrt(trials.Recorded.PeriodsPerYear))} by luck, and the Deflated Sharpe is {F(trials.DeflatedSharpe, "0.000")}"
                + (trials.DeflatedSharpe >= 0.95 ? ", so the result survives the selection. " : ", so the study cannot claim skill beyond what selection among its trials explains. "));
        if (audit is null)
            text.Append("Whether the scorer remembers what followed the headlines was not measured (no look-ahead audit). ");
        else if (audit.Periods.Count == 0)
            text.Append(audit.Verdict.TrimEnd('.')).Append(". ");
        else if (audit.MemorisationFound)
            text.Append(string.Create(CultureInfo.InvariantCulture, $"The look-ahead audit found memorisation before the model's cut-off{Share(audit.Before!)}: the signal's edge before {D(audit.Cutoff!.Value)} cannot be claimed as foresight; only the anonymised signal, or the days after the cut-off, can be. "));
        else
            text.Append(string.Create(CultureInfo.InvariantCulture, $"The look-ahead audit found no sign that the model's answers depend on knowing the company before its cut-off ({D(audit.Cutoff!.Value)}); anonymisation cannot hide market-wide events, so this bounds, but does not rule out, memory of the period. "));
        if (healthProblems is null)
            text.Append("No data health checks ran with this study, so stale, unadjusted or degenerate inputs are not ruled out.");
        else if (healthProblems.Count == 0)
            text.Append("The data passed every health check.");
        else
            text.Append(string.Create(CultureInfo.InvariantCulture, $"The data failed {healthProblems.Count} health check{(healthProblems.Count == 1 ? "" : "s")} ({string.Join("; ", healthProblems)}), which the figures above inherit."));
        return text.ToString();
    }

    /// <summary>The paragraph as a report section (no figures; its inputs' key numbers in study.json).</summary>
    public static ReportSection Section(StudyTrials? trials, LookAheadAuditResult? audit, IReadOnlyList<string>? healthProblems, double sharpe) =>
        new(Id, "What this study can and cannot claim")
        {
            Note = Paragraph(trials, audit, healthProblems, sharpe),
            Data = new JsonObject
            {
                ["paragraph"] = Paragraph(trials, audit, healthProblems, sharpe),
                ["trials"] = trials?.Count,
                ["deflatedSharpe"] = trials is null || !double.IsFinite(trials.DeflatedSharpe) ? null : trials.DeflatedSharpe,
                ["lookAheadAudited"] = audit is not null,
                ["memorisationFound"] = audit?.MemorisationFound,
                ["healthChecksRan"] = healthProblems is not null,
                ["healthProblems"] = healthProblems?.Count,
            },
        };

    private static string Share(LookAheadPeriod p) => double.IsFinite(p.ShareLost)
        ? string.Create(CultureInfo.InvariantCulture, $" ({p.ShareLost:P0} of the named IC disappears when the headlines are anonymised)") : "";
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string F(double v, string format = "0.00") => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
