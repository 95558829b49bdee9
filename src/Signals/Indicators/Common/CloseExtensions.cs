using Signals.Data;

namespace Signals.Indicators;

/// <summary>The single-series indicators applied to a bar series' closes.</summary>
public static partial class IndicatorExtensions
{
    /// <summary>Simple moving average of the closes (see <see cref="Sma(double[], int)"/>).</summary>
    public static double[] Sma(this BarSeries bars, int period) => bars.Close.Sma(period);
    /// <summary>Exponential moving average of the closes (see <see cref="Ema(double[], int)"/>).</summary>
    public static double[] Ema(this BarSeries bars, int period) => bars.Close.Ema(period);
    /// <summary>Weighted moving average of the closes (see <see cref="Wma(double[], int)"/>).</summary>
    public static double[] Wma(this BarSeries bars, int period) => bars.Close.Wma(period);
    /// <summary>Wilder RSI (0–100) of the closes, 14 bars by default.</summary>
    public static double[] Rsi(this BarSeries bars, int period = 14) => bars.Close.Rsi(period);
    /// <summary>MACD of the closes (12, 26, 9 by default).</summary>
    public static MacdResult Macd(this BarSeries bars, int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9) =>
        bars.Close.Macd(fastPeriod, slowPeriod, signalPeriod);
    /// <summary>Bollinger Bands of the closes (20 bars, 2 σ by default).</summary>
    public static BollingerBandsResult BollingerBands(this BarSeries bars, int period = 20, double standardDeviations = 2) =>
        bars.Close.BollingerBands(period, standardDeviations);
    /// <summary>Rate of change (percent) and momentum of the closes.</summary>
    public static RocResult Roc(this BarSeries bars, int period) => bars.Close.Roc(period);
    /// <summary>Rolling z-score of the closes over <paramref name="period"/> bars.</summary>
    public static double[] ZScore(this BarSeries bars, int period) => bars.Close.ZScore(period);
    /// <summary>Annualised realized volatility of the closes: sample σ of <paramref name="period"/> log returns × √periodsPerYear (see <see cref="RealizedVolatility(double[], int, double)"/>).</summary>
    public static double[] RealizedVolatility(this BarSeries bars, int period, double periodsPerYear = 252) =>
        bars.Close.RealizedVolatility(period, periodsPerYear);
}
