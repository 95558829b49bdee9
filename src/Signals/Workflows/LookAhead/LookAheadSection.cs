using System.Globalization;
using System.Text.Json.Nodes;
using Signals.Reporting;

namespace Signals.Workflows.LookAhead;

/// <summary>The report section and the study.json node (<c>lookAheadAudit</c>) of the look-ahead audit.</summary>
public static class LookAheadSection
{
    /// <summary>Id of the report section and name of the study.json node.</summary>
    public const string Id = "lookAheadAudit";

    /// <summary>The report section: cut-off, verdict and the named-versus-anonymised IC per side of the cut-off.</summary>
    public static ReportSection Build(LookAheadAuditResult audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var rows = new List<KeyValuePair<string, string>>
        {
            new("scorer", audit.Scorer),
            new("training cut-off", audit.Cutoff is DateOnly c ? $"{D(c)} ({audit.CutoffSource})" : "none"),
        };
        foreach (var p in audit.Periods)
        {
            string side = $"{p.Period} the cut-off ({D(p.From)} .. {D(p.To)}, {N(p.Days)} days)";
            rows.Add(new($"{side}: named IC / anonymised IC", $"{F(p.Named.Ic, "0.0000")} (t {F(p.Named.TStat, "0.0")}) / {F(p.Anonymized.Ic, "0.0000")} (t {F(p.Anonymized.TStat, "0.0")})"));
            rows.Add(new($"{side}: IC difference, {audit.Level:P0} day-block bootstrap", $"{F(p.IcDifference, "0.0000")} [{F(p.IcDifferenceLower, "0.0000")}, {F(p.IcDifferenceUpper, "0.0000")}]{(p.Judged ? "" : " (too few days to judge)")}"));
            rows.Add(new($"{side}: share of the named IC lost when anonymised", double.IsFinite(p.ShareLost) ? p.ShareLost.ToString("P0", CultureInfo.InvariantCulture) : "n/a (named IC not positive)"));
            rows.Add(new($"{side}: long-short Sharpe named / anonymised (costs on)", $"{F(p.Named.LongShortSharpe, "0.00")} / {F(p.Anonymized.LongShortSharpe, "0.00")}"));
        }
        rows.Add(new("verdict", audit.Verdict));
        var figures = audit.Periods.Count == 0 ? Array.Empty<Figure>() :
        [
            LookAheadCharts.IcBySide(
                [.. audit.Periods.Select(p => $"{p.Period} {D(audit.Cutoff!.Value)}")],
                [.. audit.Periods.Select(p => p.Named.Ic)], [.. audit.Periods.Select(p => HalfWidth(p.Named))],
                [.. audit.Periods.Select(p => p.Anonymized.Ic)], [.. audit.Periods.Select(p => HalfWidth(p.Anonymized))]),
        ];
        return new ReportSection(Id, "Look-ahead audit: does the model remember what happened next?")
        {
            Note = "Each headline scored twice, as written and with the company's name, ticker and aliases replaced; the window split at the "
                + "model's training cut-off. A model that remembers a firm's later moves scores its named headlines better than the anonymised "
                + "ones before the cut-off, and cannot after it (Glasserman & Lin 2023). The interval resamples blocks of days (seeded). "
                + "Anonymisation hides the company, not market-wide events the model may remember.",
            Rows = rows,
            Figures = figures,
            Data = Json(audit),
        };
    }

    /// <summary>The audit as study.json writes it: cutoff, periods (named and anonymised IC with t, the difference and its interval), verdict.</summary>
    public static JsonObject Json(LookAheadAuditResult audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var periods = new JsonArray();
        foreach (var p in audit.Periods)
            periods.Add(new JsonObject
            {
                ["period"] = p.Period,
                ["from"] = D(p.From),
                ["to"] = D(p.To),
                ["days"] = p.Days,
                ["named"] = Signal(p.Named),
                ["anonymized"] = Signal(p.Anonymized),
                ["icDifference"] = Finite(p.IcDifference),
                ["icDifferenceCi"] = new JsonArray(Finite(p.IcDifferenceLower), Finite(p.IcDifferenceUpper)),
                ["shareLost"] = Finite(p.ShareLost),
                ["judged"] = p.Judged,
            });
        return new JsonObject
        {
            ["scorer"] = audit.Scorer,
            ["cutoff"] = audit.Cutoff is DateOnly c ? D(c) : null,
            ["cutoffSource"] = audit.CutoffSource,
            ["level"] = audit.Level,
            ["periods"] = periods,
            ["memorisationFound"] = audit.MemorisationFound,
            ["verdict"] = audit.Verdict,
        };
    }

    private static JsonObject Signal(LookAheadSignal s) => new()
    {
        ["ic"] = Finite(s.Ic), ["tStat"] = Finite(s.TStat), ["days"] = s.Days, ["longShortSharpe"] = Finite(s.LongShortSharpe),
    };

    private static double HalfWidth(LookAheadSignal s) => double.IsFinite(s.TStat) && s.TStat != 0 ? 1.96 * Math.Abs(s.Ic / s.TStat) : double.NaN;
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string N(int v) => v.ToString("#,0", CultureInfo.InvariantCulture);
    private static string F(double v, string format) => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
    private static JsonNode? Finite(double v) => double.IsFinite(v) ? JsonValue.Create(v) : null;
}
