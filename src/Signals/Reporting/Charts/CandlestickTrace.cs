using System.Text.Json;

namespace Signals.Reporting;

/// <summary>Open-high-low-close candles (plotly.js "candlestick").</summary>
public sealed class CandlestickTrace : Trace
{
    /// <summary>Candles at <paramref name="x"/> from aligned open, high, low and close prices.</summary>
    /// <exception cref="ArgumentException">A price array's length differs from x's.</exception>
    public CandlestickTrace(ChartData x, double[] open, double[] high, double[] low, double[] close)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(high);
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(close);
        RequireSameLength("open", x.Length, open.Length);
        RequireSameLength("high", x.Length, high.Length);
        RequireSameLength("low", x.Length, low.Length);
        RequireSameLength("close", x.Length, close.Length);
        X = x;
        Open = open;
        High = high;
        Low = low;
        Close = close;
    }

    /// <summary>The bar times.</summary>
    public ChartData X { get; }
    /// <summary>Opening prices.</summary>
    public double[] Open { get; }
    /// <summary>High prices.</summary>
    public double[] High { get; }
    /// <summary>Low prices.</summary>
    public double[] Low { get; }
    /// <summary>Closing prices.</summary>
    public double[] Close { get; }
    /// <summary>CSS colour of candles that closed above their open.</summary>
    public string IncreasingColor { get; init; } = "#26a69a";
    /// <summary>CSS colour of candles that closed below their open.</summary>
    public string DecreasingColor { get; init; } = "#ef5350";

    internal override string PlotlyType => "candlestick";
    internal override int PointCount => Close.Length;

    private protected override void WriteData(Utf8JsonWriter w)
    {
        w.WritePropertyName("x");
        X.Write(w);
        JsonNumbers.WriteArray(w, "open", Open);
        JsonNumbers.WriteArray(w, "high", High);
        JsonNumbers.WriteArray(w, "low", Low);
        JsonNumbers.WriteArray(w, "close", Close);
        WriteSide(w, "increasing", IncreasingColor);
        WriteSide(w, "decreasing", DecreasingColor);
    }

    private static void WriteSide(Utf8JsonWriter w, string name, string color)
    {
        w.WriteStartObject(name);
        w.WriteStartObject("line");
        w.WriteString("color", color);
        w.WriteEndObject();
        w.WriteString("fillcolor", color);
        w.WriteEndObject();
    }
}
