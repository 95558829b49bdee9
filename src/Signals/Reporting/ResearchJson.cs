using System.Text.Json;
using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;

namespace Signals.Reporting;

/// <summary>
/// The research results as the JSON objects study.json holds (issue 14, item 6): <c>eventStudy</c> with
/// <c>offsets</c> and <c>buckets.{name}.{car,tStat,lower,upper,events}</c> (arrays over the offsets), and
/// <c>protocols.lopezLiraTang</c> / <c>protocols.kirtacGermano</c>. NaN and infinities are written as null.
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
