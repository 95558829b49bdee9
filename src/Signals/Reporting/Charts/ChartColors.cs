namespace Signals.Reporting;

/// <summary>The colours the builders use, chosen to read well on white and in print.</summary>
public static class ChartColors
{
    /// <summary>The strategy's own series (dark blue).</summary>
    public const string Strategy = "#1f4e79";
    /// <summary>A benchmark or reference series (grey).</summary>
    public const string Benchmark = "#8c96a3";
    /// <summary>Losses, short legs, negative values (red).</summary>
    public const string Loss = "#c0392b";
    /// <summary>Translucent red for drawdown areas.</summary>
    public const string LossFill = "rgba(192,57,43,0.25)";
    /// <summary>Gains, long legs, positive values (green).</summary>
    public const string Gain = "#2e7d32";
    /// <summary>A highlight that stands apart from gains and losses (orange).</summary>
    public const string Accent = "#e67e22";
    /// <summary>Grid lines.</summary>
    public const string Grid = "#e6e9ef";
    /// <summary>Zero lines and reference lines.</summary>
    public const string Zero = "#6b7280";
    /// <summary>Text.</summary>
    public const string Text = "#1f2937";
}
