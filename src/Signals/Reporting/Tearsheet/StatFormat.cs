namespace Signals.Reporting;

/// <summary>How a statistic prints (see <see cref="StatText.Format"/>).</summary>
public enum StatFormat
{
    /// <summary>Up to four decimals; thousands separated from 1,000.</summary>
    Number,
    /// <summary>A fraction as a percent with two decimals (0.123 → 12.30%).</summary>
    Percent,
    /// <summary>Two decimals (Sharpe, profit factor).</summary>
    Ratio,
    /// <summary>Thousands separated, two decimals.</summary>
    Currency,
    /// <summary>Thousands separated, no decimals (counts).</summary>
    Integer,
    /// <summary>A whole number of days.</summary>
    Days,
}
