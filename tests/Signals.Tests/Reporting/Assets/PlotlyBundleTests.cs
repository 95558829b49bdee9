using System.Reflection;
using System.Text.RegularExpressions;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

/// <summary>The vendored plotly.js is the small partial bundle, and it holds every trace type the kit's charts emit.</summary>
public sealed class PlotlyBundleTests
{
    [Fact]
    public void Every_trace_type_the_kit_emits_is_registered_in_the_bundle()
    {
        // Every concrete Trace in the library, by the plotly type it writes.
        var emitted = typeof(Trace).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Trace)) && !t.IsAbstract)
            .Select(t => (string)t.GetProperty("PlotlyType", BindingFlags.Instance | BindingFlags.NonPublic)!
                .GetValue(System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t))!)
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["bar", "candlestick", "heatmap", "scatter"], emitted);
        Assert.Equal(emitted, PlotlyJs.TraceTypes.Order(StringComparer.Ordinal));

        // The trace modules the minified bundle registers, exactly: nothing the kit does not draw.
        var registered = Regex.Matches(PlotlyJs.Script, "moduleType:\"trace\",name:\"([a-z0-9]+)\"")
            .Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(emitted, registered);
    }

    [Fact]
    public void The_bundle_is_the_partial_one_with_its_licence_header()
    {
        Assert.StartsWith("/**\n* plotly.js v" + PlotlyJs.Version + " - partial bundle for Signals", PlotlyJs.Script);
        Assert.Contains("Licensed under the MIT license", PlotlyJs.Script[..400]);
        Assert.Contains("Plotly, Inc.", PlotlyJs.License + PlotlyJs.Script[..400]);
        Assert.InRange(PlotlyJs.Script.Length, 1_000_000, 1_300_000);   // the full plotly.js-dist-min is 4.85 MB
    }
}
