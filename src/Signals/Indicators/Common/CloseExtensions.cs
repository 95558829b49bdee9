using Signals.Data;

namespace Signals.Indicators;

/// <summary>The single-series indicators applied to a bar series' closes.</summary>
public static partial class IndicatorExtensions
{
    public static double[] Sma(this BarSeries bars, int period) => bars.Close.Sma(period);
    public static double[] Ema(this BarSeries bars, int period) => bars.Close.Ema(period);
    public static double[] Wma(this BarSeries bars, int period) => bars.Close.Wma(period);
    public static double[] Rsi(this BarSeries bars, int period = 14) => bars.Close.Rsi(period);
    public static MacdResult Macd(this BarSeries bars, int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9) =>
        bars.Close.Macd(fastPeriod, slowPeriod, signalPeriod);
    public static BollingerBandsResult BollingerBands(this BarSeries bars, int period = 20, double standardDeviations = 2) =>
        bars.Close.BollingerBands(period, standardDeviations);
    public static RocResult Roc(this BarSeries bars, int period) => bars.Close.Roc(period);
    public static double[] ZScore(this BarSeries bars, int period) => bars.Close.ZScore(period);
    public static double[] RealizedVolatility(this BarSeries bars, int period, double periodsPerYear = 252) =>
        bars.Close.RealizedVolatility(period, periodsPerYear);
}
