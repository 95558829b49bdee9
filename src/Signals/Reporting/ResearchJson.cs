using System.Globalization;
using System.Text.Json;
using Signals.Analytics.EventStudies;
using Signals.Analytics.FactorTearsheets;
using Signals.Analytics.Protocols;
using Signals.Backtesting.Costs;

namespace Signals.Reporting;

/// <summary>
/// The research results as the JSON objects study.json holds (issue 14, item 6): <c>eventStudy</c> with
/// <c>offsets</c> and <c>buckets.{name}.{car,tStat,lower,upper,events}</c> (arrays over the offsets), and
/// <c>protocols.lopezLiraTang</c> / <c>protocols.kirtacGermano</c>, the factor tearsheet and the realistic costs. NaN and
/// infinities are written as null; series are arrays aligned with the result's <c>dates</c>.
/// The caller owns the surrounding document and opens the property: <c>w.WritePropertyName("eventStudy"); ResearchJson.Write(w, result)</c>.
/// </summary>
public static class ResearchJson
{
    public static void Write(Utf8JsonWriter w, EventStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartObject();
        w.WriteString("model", result.Model.ToString().ToLowerInvariant());
        w.WriteString("unit", result.Unit.ToString().ToLowerInvariant());
        w.WriteNumber("confidenceLevel", result.ConfidenceLevel);
        w.WriteNumber("eventsUsed", result.EventsUsed);
        w.WriteNumber("eventsDropped", result.EventsDropped);
        w.WriteStartArray("offsets");
        foreach (var o in result.Offsets) w.WriteNumberValue(o);
        w.WriteEndArray();
        w.WriteStartObject("buckets");
        foreach (var b in result.Buckets)
        {
            w.WriteStartObject(b.Name);
            JsonNumbers.Write(w, "meanScore", b.MeanScore);
            JsonNumbers.WriteArray(w, "car", b.Car);
            JsonNumbers.WriteArray(w, "tStat", b.TStat);
            JsonNumbers.WriteArray(w, "lower", b.Lower);
            JsonNumbers.WriteArray(w, "upper", b.Upper);
            w.WriteStartArray("events");
            foreach (var n in b.Events) w.WriteNumberValue(n);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary><c>{coefficient, stdErr, tStat, r2, observations, days, smallSampleFactor, longShort: {...}}</c>.</summary>
    public static void Write(Utf8JsonWriter w, LopezLiraTangResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        var fit = result.Regression;
        w.WriteStartObject();
        JsonNumbers.Write(w, "coefficient", fit.Coefficient);
        JsonNumbers.Write(w, "stdErr", fit.StdErr);
        JsonNumbers.Write(w, "tStat", fit.TStat);
        JsonNumbers.Write(w, "r2", fit.R2);
        w.WriteNumber("observations", fit.Observations);
        w.WriteNumber("days", fit.Days);
        JsonNumbers.Write(w, "smallSampleFactor", fit.SmallSampleFactor);
        if (fit.UndefinedReason is { } why) w.WriteString("undefined", why);
        w.WritePropertyName("longShort");
        Write(w, result.LongShort);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, KirtacGermanoResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartObject();
        w.WriteNumber("candidates", result.Candidates);
        w.WriteNumber("openEntries", result.OpenEntries);
        w.WriteNumber("closeEntries", result.CloseEntries);
        w.WritePropertyName("longShort");
        Write(w, result.LongShort);
        w.WriteEndObject();
    }

    /// <summary>
    /// <c>{quantiles, costBps, rollingWindow, dates, ic: [{horizon, mean, std, tStat, neweyWestTStat, nonOverlappingTStat,
    /// positiveFraction, days, series}], rollingIc, monthlyIc: {years, months: [[12 per year]]}, qq: {theoretical, sample},
    /// byHorizon: [{horizon, meanReturn, stdErr, cumulative: [per quantile, per day]}], turnover: {top, bottom, meanTop, meanBottom},
    /// rankAutocorrelation, meanRankAutocorrelation, icByGroup: {group: mean IC}, spread: {gross, net, meanGross, meanNet}}</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter w, FactorTearsheetResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartObject();
        w.WriteNumber("quantiles", result.Quantiles);
        w.WriteNumber("costBps", result.CostBps);
        w.WriteNumber("rollingWindow", result.RollingWindow);
        JsonStrings.WriteArray(w, "dates", result.Dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        w.WriteStartArray("ic");
        foreach (var ic in result.Ic)
        {
            w.WriteStartObject();
            w.WriteNumber("horizon", ic.Horizon);
            JsonNumbers.Write(w, "mean", ic.Mean);
            JsonNumbers.Write(w, "std", ic.Std);
            JsonNumbers.Write(w, "tStat", ic.TStat);
            JsonNumbers.Write(w, "neweyWestTStat", ic.NeweyWestTStat);
            JsonNumbers.Write(w, "nonOverlappingTStat", ic.NonOverlappingTStat);
            JsonNumbers.Write(w, "positiveFraction", ic.PositiveFraction);
            w.WriteNumber("days", ic.Days);
            JsonNumbers.WriteArray(w, "series", ic.Series);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        JsonNumbers.WriteArray(w, "rollingIc", result.RollingIc);
        w.WriteStartObject("monthlyIc");
        w.WriteStartArray("years");
        foreach (var y in result.MonthlyIcYears) w.WriteNumberValue(y);
        w.WriteEndArray();
        w.WriteStartArray("months");
        for (int y = 0; y < result.MonthlyIc.GetLength(0); y++)
        {
            w.WriteStartArray();
            for (int m = 0; m < result.MonthlyIc.GetLength(1); m++) JsonNumbers.Write(w, result.MonthlyIc[y, m]);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("qq");
        JsonNumbers.WriteArray(w, "theoretical", result.QqTheoretical);
        JsonNumbers.WriteArray(w, "sample", result.QqSample);
        w.WriteEndObject();
        w.WriteStartArray("byHorizon");
        foreach (var h in result.ByHorizon)
        {
            w.WriteStartObject();
            w.WriteNumber("horizon", h.Horizon);
            JsonNumbers.WriteArray(w, "meanReturn", h.MeanReturn);
            JsonNumbers.WriteArray(w, "stdErr", h.StdErr);
            w.WriteStartArray("cumulative");
            foreach (var q in h.Cumulative)
            {
                w.WriteStartArray();
                foreach (var x in q) JsonNumbers.Write(w, x);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("turnover");
        JsonNumbers.WriteArray(w, "top", result.QuantileTurnover[^1]);
        JsonNumbers.WriteArray(w, "bottom", result.QuantileTurnover[0]);
        JsonNumbers.Write(w, "meanTop", FiniteMean(result.QuantileTurnover[^1]));
        JsonNumbers.Write(w, "meanBottom", FiniteMean(result.QuantileTurnover[0]));
        w.WriteEndObject();
        JsonNumbers.WriteArray(w, "rankAutocorrelation", result.RankAutocorrelation);
        JsonNumbers.Write(w, "meanRankAutocorrelation", FiniteMean(result.RankAutocorrelation));
        w.WriteStartObject("icByGroup");
        foreach (var (group, ic) in result.IcByGroup) JsonNumbers.Write(w, group, ic);
        w.WriteEndObject();
        w.WriteStartObject("spread");
        JsonNumbers.WriteArray(w, "gross", result.SpreadGross);
        JsonNumbers.WriteArray(w, "net", result.SpreadNet);
        JsonNumbers.Write(w, "meanGross", FiniteMean(result.SpreadGross));
        JsonNumbers.Write(w, "meanNet", FiniteMean(result.SpreadNet));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// <c>{model: {commissionBps, minCommission, halfSpreadBps, impactK, borrowBpsPerYear, estimationDays}, capital,
    /// split: {commission, spread, impact, borrow, total} (currency over the run), annualFraction: {…} (share of equity a year),
    /// netSharpe, grossSharpe, untradable, capacity: [{capital, netSharpe, grossSharpe, annualCost: {…}}]}</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter w, RealisticCostResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Costs;
        w.WriteStartObject();
        w.WriteStartObject("model");
        w.WriteNumber("commissionBps", m.CommissionBps);
        w.WriteNumber("minCommission", m.MinCommission);
        w.WriteNumber("halfSpreadBps", m.HalfSpreadBps);
        w.WriteBoolean("halfSpreadColumn", m.HalfSpreadBpsPanel is not null);
        w.WriteNumber("impactK", m.ImpactK);
        w.WriteNumber("borrowBpsPerYear", m.BorrowBpsPerYear);
        w.WriteNumber("estimationDays", m.EstimationDays);
        w.WriteEndObject();
        w.WriteNumber("capital", result.Run.Capital);
        w.WritePropertyName("split");
        Write(w, result.Run.Costs);
        w.WritePropertyName("annualFraction");
        Write(w, result.Run.AnnualCostFraction(m.PeriodsPerYear));
        JsonNumbers.Write(w, "netSharpe", result.Run.NetSharpe);
        JsonNumbers.Write(w, "grossSharpe", result.Run.GrossSharpe);
        w.WriteNumber("untradable", result.Run.Untradable);
        w.WriteStartArray("capacity");
        foreach (var p in result.Capacity)
        {
            w.WriteStartObject();
            w.WriteNumber("capital", p.Capital);
            JsonNumbers.Write(w, "netSharpe", p.NetSharpe);
            JsonNumbers.Write(w, "grossSharpe", p.GrossSharpe);
            w.WritePropertyName("annualCost");
            Write(w, p.AnnualCost);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, CostSplit c)
    {
        w.WriteStartObject();
        JsonNumbers.Write(w, "commission", c.Commission);
        JsonNumbers.Write(w, "spread", c.Spread);
        JsonNumbers.Write(w, "impact", c.Impact);
        JsonNumbers.Write(w, "borrow", c.Borrow);
        JsonNumbers.Write(w, "total", c.Total);
        w.WriteEndObject();
    }

    private static double FiniteMean(double[] values)
    {
        double sum = 0;
        int n = 0;
        foreach (var v in values) if (double.IsFinite(v)) { sum += v; n++; }
        return n == 0 ? double.NaN : sum / n;
    }

    private static void Write(Utf8JsonWriter w, LongShortSeries ls)
    {
        w.WriteStartObject();
        w.WriteNumber("activeDays", ls.ActiveDays);
        w.WriteNumber("costBps", ls.CostBps);
        JsonNumbers.Write(w, "meanGross", ls.MeanGross);
        JsonNumbers.Write(w, "meanNet", ls.MeanNet);
        JsonNumbers.Write(w, "tStatGross", ls.TStatGross);
        JsonNumbers.Write(w, "tStatNet", ls.TStatNet);
        JsonNumbers.Write(w, "sharpeGross", ls.SharpeGross);
        JsonNumbers.Write(w, "sharpeNet", ls.SharpeNet);
        w.WriteEndObject();
    }
}
