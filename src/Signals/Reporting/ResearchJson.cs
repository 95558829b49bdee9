using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
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
/// <see cref="Of(EventStudyResult)"/> and its overloads build the objects themselves, so a report holds them without
/// writing bytes and parsing them back; <c>Write</c> writes the same object to a writer whose caller owns the surrounding
/// document and opens the property: <c>w.WritePropertyName("eventStudy"); ResearchJson.Write(w, result)</c>.
/// </summary>
public static class ResearchJson
{
    /// <summary>The event study's object (see the class summary).</summary>
    public static JsonObject Of(EventStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buckets = new JsonObject();
        foreach (var b in result.Buckets)
            buckets[b.Name] = new JsonObject
            {
                ["meanScore"] = Number(b.MeanScore),
                ["car"] = Numbers(b.Car),
                ["tStat"] = Numbers(b.TStat),
                ["lower"] = Numbers(b.Lower),
                ["upper"] = Numbers(b.Upper),
                ["events"] = new JsonArray([.. b.Events.Select(n => (JsonNode?)JsonValue.Create(n))]),
            };
        return new JsonObject
        {
            ["model"] = result.Model.ToString().ToLowerInvariant(),
            ["unit"] = result.Unit.ToString().ToLowerInvariant(),
            ["confidenceLevel"] = result.ConfidenceLevel,
            ["eventsUsed"] = result.EventsUsed,
            ["eventsDropped"] = result.EventsDropped,
            ["offsets"] = new JsonArray([.. result.Offsets.Select(o => (JsonNode?)JsonValue.Create(o))]),
            ["buckets"] = buckets,
        };
    }

    /// <summary><c>{coefficient, stdErr, tStat, r2, observations, days, smallSampleFactor, longShort: {...}}</c>.</summary>
    public static JsonObject Of(LopezLiraTangResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fit = result.Regression;
        var json = new JsonObject
        {
            ["coefficient"] = Number(fit.Coefficient),
            ["stdErr"] = Number(fit.StdErr),
            ["tStat"] = Number(fit.TStat),
            ["r2"] = Number(fit.R2),
            ["observations"] = fit.Observations,
            ["days"] = fit.Days,
            ["smallSampleFactor"] = Number(fit.SmallSampleFactor),
        };
        if (fit.UndefinedReason is { } why) json["undefined"] = why;
        json["longShort"] = Of(result.LongShort);
        return json;
    }

    /// <summary><c>{candidates, openEntries, closeEntries, longShort: {...}}</c>.</summary>
    public static JsonObject Of(KirtacGermanoResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["candidates"] = result.Candidates,
            ["openEntries"] = result.OpenEntries,
            ["closeEntries"] = result.CloseEntries,
            ["longShort"] = Of(result.LongShort),
        };
    }

    /// <summary>
    /// <c>{quantiles, costBps, rollingWindow, dates, ic: [{horizon, mean, std, tStat, neweyWestTStat, nonOverlappingTStat,
    /// positiveFraction, days, series}], rollingIc, monthlyIc: {years, months: [[12 per year]]}, qq: {theoretical, sample},
    /// byHorizon: [{horizon, meanReturn, stdErr, cumulative: [per quantile, per day]}], turnover: {top, bottom, meanTop, meanBottom},
    /// rankAutocorrelation, meanRankAutocorrelation, icByGroup: {group: mean IC}, spread: {gross, net, meanGross, meanNet}}</c>.
    /// </summary>
    public static JsonObject Of(FactorTearsheetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var months = new JsonArray();
        for (int y = 0; y < result.MonthlyIc.GetLength(0); y++)
        {
            var year = new JsonArray();
            for (int m = 0; m < result.MonthlyIc.GetLength(1); m++) year.Add(Number(result.MonthlyIc[y, m]));
            months.Add(year);
        }
        var icByGroup = new JsonObject();
        foreach (var (group, ic) in result.IcByGroup) icByGroup[group] = Number(ic);
        return new JsonObject
        {
            ["quantiles"] = result.Quantiles,
            ["costBps"] = result.CostBps,
            ["rollingWindow"] = result.RollingWindow,
            ["dates"] = new JsonArray([.. result.Dates.Select(d => (JsonNode?)d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]),
            ["ic"] = new JsonArray([.. result.Ic.Select(ic => (JsonNode?)new JsonObject
            {
                ["horizon"] = ic.Horizon,
                ["mean"] = Number(ic.Mean),
                ["std"] = Number(ic.Std),
                ["tStat"] = Number(ic.TStat),
                ["neweyWestTStat"] = Number(ic.NeweyWestTStat),
                ["nonOverlappingTStat"] = Number(ic.NonOverlappingTStat),
                ["positiveFraction"] = Number(ic.PositiveFraction),
                ["days"] = ic.Days,
                ["series"] = Numbers(ic.Series),
            })]),
            ["rollingIc"] = Numbers(result.RollingIc),
            ["monthlyIc"] = new JsonObject
            {
                ["years"] = new JsonArray([.. result.MonthlyIcYears.Select(y => (JsonNode?)JsonValue.Create(y))]),
                ["months"] = months,
            },
            ["qq"] = new JsonObject { ["theoretical"] = Numbers(result.QqTheoretical), ["sample"] = Numbers(result.QqSample) },
            ["byHorizon"] = new JsonArray([.. result.ByHorizon.Select(h => (JsonNode?)new JsonObject
            {
                ["horizon"] = h.Horizon,
                ["meanReturn"] = Numbers(h.MeanReturn),
                ["stdErr"] = Numbers(h.StdErr),
                ["cumulative"] = new JsonArray([.. h.Cumulative.Select(q => (JsonNode?)Numbers(q))]),
            })]),
            ["turnover"] = new JsonObject
            {
                ["top"] = Numbers(result.QuantileTurnover[^1]),
                ["bottom"] = Numbers(result.QuantileTurnover[0]),
                ["meanTop"] = Number(FiniteMean(result.QuantileTurnover[^1])),
                ["meanBottom"] = Number(FiniteMean(result.QuantileTurnover[0])),
            },
            ["rankAutocorrelation"] = Numbers(result.RankAutocorrelation),
            ["meanRankAutocorrelation"] = Number(FiniteMean(result.RankAutocorrelation)),
            ["icByGroup"] = icByGroup,
            ["spread"] = new JsonObject
            {
                ["gross"] = Numbers(result.SpreadGross),
                ["net"] = Numbers(result.SpreadNet),
                ["meanGross"] = Number(FiniteMean(result.SpreadGross)),
                ["meanNet"] = Number(FiniteMean(result.SpreadNet)),
            },
        };
    }

    /// <summary>
    /// <c>{model: {commissionBps, minCommission, halfSpreadBps, impactK, borrowBpsPerYear, estimationDays}, capital,
    /// split: {commission, spread, impact, borrow, total} (currency over the run), annualFraction: {…} (share of equity a year),
    /// netSharpe, grossSharpe, untradable, capacity: [{capital, netSharpe, grossSharpe, annualCost: {…}}]}</c>.
    /// </summary>
    public static JsonObject Of(RealisticCostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Costs;
        return new JsonObject
        {
            ["model"] = new JsonObject
            {
                ["commissionBps"] = m.CommissionBps,
                ["minCommission"] = m.MinCommission,
                ["halfSpreadBps"] = m.HalfSpreadBps,
                ["halfSpreadColumn"] = m.HalfSpreadBpsPanel is not null,
                ["impactK"] = m.ImpactK,
                ["borrowBpsPerYear"] = m.BorrowBpsPerYear,
                ["estimationDays"] = m.EstimationDays,
            },
            ["capital"] = result.Run.Capital,
            ["split"] = Of(result.Run.Costs),
            ["annualFraction"] = Of(result.Run.AnnualCostFraction(m.PeriodsPerYear)),
            ["netSharpe"] = Number(result.Run.NetSharpe),
            ["grossSharpe"] = Number(result.Run.GrossSharpe),
            ["untradable"] = result.Run.Untradable,
            ["capacity"] = new JsonArray([.. result.Capacity.Select(p => (JsonNode?)new JsonObject
            {
                ["capital"] = p.Capital,
                ["netSharpe"] = Number(p.NetSharpe),
                ["grossSharpe"] = Number(p.GrossSharpe),
                ["annualCost"] = Of(p.AnnualCost),
            })]),
        };
    }

    /// <summary>Writes <see cref="Of(EventStudyResult)"/> to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, EventStudyResult result) => WriteTo(w, Of(result));
    /// <summary>Writes <see cref="Of(LopezLiraTangResult)"/> to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, LopezLiraTangResult result) => WriteTo(w, Of(result));
    /// <summary>Writes <see cref="Of(KirtacGermanoResult)"/> to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, KirtacGermanoResult result) => WriteTo(w, Of(result));
    /// <summary>Writes <see cref="Of(FactorTearsheetResult)"/> to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, FactorTearsheetResult result) => WriteTo(w, Of(result));
    /// <summary>Writes <see cref="Of(RealisticCostResult)"/> to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, RealisticCostResult result) => WriteTo(w, Of(result));

    private static void WriteTo(Utf8JsonWriter w, JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(w);
        json.WriteTo(w);
    }

    private static JsonObject Of(CostSplit c) => new()
    {
        ["commission"] = Number(c.Commission),
        ["spread"] = Number(c.Spread),
        ["impact"] = Number(c.Impact),
        ["borrow"] = Number(c.Borrow),
        ["total"] = Number(c.Total),
    };

    private static JsonObject Of(LongShortSeries ls) => new()
    {
        ["activeDays"] = ls.ActiveDays,
        ["costBps"] = ls.CostBps,
        ["meanGross"] = Number(ls.MeanGross),
        ["meanNet"] = Number(ls.MeanNet),
        ["tStatGross"] = Number(ls.TStatGross),
        ["tStatNet"] = Number(ls.TStatNet),
        ["sharpeGross"] = Number(ls.SharpeGross),
        ["sharpeNet"] = Number(ls.SharpeNet),
    };

    /// <summary>A finite number, or null (plotly draws a gap; a reader sees "not defined") for NaN and infinities.</summary>
    private static JsonValue? Number(double x) => double.IsFinite(x) ? JsonValue.Create(x) : null;

    private static JsonArray Numbers(ReadOnlySpan<double> values)
    {
        var array = new JsonArray();
        foreach (var x in values) array.Add(Number(x));
        return array;
    }

    private static double FiniteMean(double[] values)
    {
        double sum = 0;
        int n = 0;
        foreach (var v in values) if (double.IsFinite(v)) { sum += v; n++; }
        return n == 0 ? double.NaN : sum / n;
    }
}
