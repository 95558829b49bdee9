using System.Text.Json;
using DynamicObj;
using Plotly.NET;
using SignalsFigure = Signals.Reporting.Figure;

namespace Signals.Plotly;

/// <summary>
/// Optional: turns a Signals <see cref="SignalsFigure"/> into a Plotly.NET <see cref="GenericChart"/>, for users on a
/// kernel or app that already carries FSharp.Core 10.1 or later (Plotly.NET 6.0.0 needs it; the stock notebook kernels
/// ship FSharp.Core 10.0 and cannot load it — there, use <c>ChartHtml.Fragment</c> instead).
/// The figure's plotly.js JSON is copied property by property into Plotly.NET's dynamic trace, layout and config objects,
/// so every option the Signals model writes survives; Plotly.NET then styles and shows it as its own chart.
/// </summary>
public static class PlotlyNetBridge
{
    public static GenericChart ToGenericChart(this SignalsFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        using var doc = JsonDocument.Parse(figure.ToJson());
        var root = doc.RootElement;
        var traces = new List<Trace>();
        foreach (var t in root.GetProperty("data").EnumerateArray())
        {
            var trace = new Trace(t.GetProperty("type").GetString()!);
            foreach (var p in t.EnumerateObject())
                if (!p.NameEquals("type")) trace.SetProperty(p.Name, Convert(p.Value));
            traces.Add(trace);
        }
        var layout = new Layout();
        CopyInto(layout, root.GetProperty("layout"));
        var config = new Config();
        CopyInto(config, root.GetProperty("config"));
        var chart = GenericChart.ofTraceObjects(false, traces);
        chart = GenericChart.setLayout(layout, chart);
        return GenericChart.setConfig(config, chart);
    }

    private static void CopyInto(DynamicObj.DynamicObj target, JsonElement obj)
    {
        foreach (var p in obj.EnumerateObject()) target.SetProperty(p.Name, Convert(p.Value));
    }

    /// <summary>JSON to the values Plotly.NET's serializer writes back unchanged: DynamicObj, object arrays, primitives.</summary>
    private static object? Convert(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new DynamicObj.DynamicObj();
                CopyInto(obj, e);
                return obj;
            case JsonValueKind.Array:
                var items = new object?[e.GetArrayLength()];
                int i = 0;
                foreach (var item in e.EnumerateArray()) items[i++] = Convert(item);
                return items;
            case JsonValueKind.String: return e.GetString();
            case JsonValueKind.Number: return e.GetDouble();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default: return null;
        }
    }
}
