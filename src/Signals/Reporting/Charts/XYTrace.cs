using System.Text.Json;

namespace Signals.Reporting;

/// <summary>A trace of one y value per x: the shape scatter and bar traces share.</summary>
public abstract class XYTrace : Trace
{
    private protected XYTrace(ChartData x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        RequireSameLength("y", x.Length, y.Length);
        X = x;
        Y = y;
    }

    /// <summary>The x values.</summary>
    public ChartData X { get; }
    /// <summary>One y value per x; NaN draws a gap.</summary>
    public double[] Y { get; }
    internal override int PointCount => Y.Length;

    private protected void WriteXY(Utf8JsonWriter w, int[]? keep = null)
    {
        w.WritePropertyName("x");
        (keep is null ? X : X.Pick(keep)).Write(w);
        JsonNumbers.WriteArray(w, "y", keep is null ? Y : LineDownSampling.Pick(Y, keep));
    }
}
