using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Average Directional Index (Wilder). True range and ±DM are Wilder-summed (seeded with plain sums of the
    /// first <paramref name="period"/> bars after the first): +DI, −DI and DX from index <paramref name="period"/>;
    /// ADX is the Wilder average of DX seeded with the mean of the first <paramref name="period"/> DX values
    /// (first at <c>2·period − 1</c>); ADXR = (ADX + ADX <paramref name="period"/> bars ago)/2 (first at
    /// <c>3·period − 1</c>). A zero true-range sum (a flat market) leaves DI and DX undefined (NaN) and ADX
    /// skips that bar; DX is 0 when +DI = −DI.
    /// </summary>
    public static void Adx(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period,
        Span<double> pdi, Span<double> mdi, Span<double> dx, Span<double> adx, Span<double> adxr)
    {
        Guard.Period(period);
        Guard.Bars(high, low, close);
        int n = close.Length;
        Guard.SameLength(n, pdi.Length, nameof(pdi));
        Guard.SameLength(n, mdi.Length, nameof(mdi));
        Guard.SameLength(n, dx.Length, nameof(dx));
        Guard.SameLength(n, adx.Length, nameof(adx));
        Guard.SameLength(n, adxr.Length, nameof(adxr));
        int warm = Math.Min(period, n);
        pdi[..warm].Fill(double.NaN); mdi[..warm].Fill(double.NaN); dx[..warm].Fill(double.NaN);
        adx[..warm].Fill(double.NaN); adxr[..warm].Fill(double.NaN);
        var state = new AdxState(period);
        for (int i = 1; i < n; i++)
        {
            bool ready = state.Step(high[i], low[i], close[i - 1], high[i - 1], low[i - 1], i);
            if (!ready) continue;
            pdi[i] = state.Pdi;
            mdi[i] = state.Mdi;
            dx[i] = state.Dx;
            adx[i] = state.Adx;
            adxr[i] = i >= 2 * period ? (state.Adx + adx[i - period]) / 2 : double.NaN;
        }
    }
}

/// <summary>The Wilder sums and averages behind ADX, stepped bar by bar by both the batch kernel and the stream.</summary>
internal struct AdxState(int period)
{
    private double _trSum, _plusDmSum, _minusDmSum;
    private double _dxSum;
    private int _dxCount;

    public double Pdi, Mdi, Dx, Adx;

    /// <summary>Takes bar <paramref name="index"/> (≥ 1) and its predecessor; true once DI values exist.</summary>
    public bool Step(double high, double low, double previousClose, double previousHigh, double previousLow, int index)
    {
        double tr = IndicatorKernels.TrueRange(high, low, previousClose);
        double up = high - previousHigh, down = previousLow - low;
        double plusDm = up > down ? Math.Max(up, 0) : 0;
        double minusDm = down > up ? Math.Max(down, 0) : 0;
        if (index <= period)
        {
            _trSum += tr; _plusDmSum += plusDm; _minusDmSum += minusDm;
            if (index < period) return false;
        }
        else
        {
            _trSum = _trSum - _trSum / period + tr;
            _plusDmSum = _plusDmSum - _plusDmSum / period + plusDm;
            _minusDmSum = _minusDmSum - _minusDmSum / period + minusDm;
        }
        if (_trSum == 0)
        {
            Pdi = Mdi = Dx = Adx = double.NaN;
            return true;
        }
        Pdi = 100 * _plusDmSum / _trSum;
        Mdi = 100 * _minusDmSum / _trSum;
        Dx = Pdi == Mdi ? 0 : 100 * Math.Abs(Pdi - Mdi) / (Pdi + Mdi);
        if (_dxCount < period)
        {
            _dxSum += Dx;
            Adx = ++_dxCount == period ? _dxSum / period : double.NaN;
        }
        else
        {
            Adx = (_lastAdx * (period - 1) + Dx) / period;
        }
        if (!double.IsNaN(Adx)) _lastAdx = Adx;
        return true;
    }

    private double _lastAdx;
}

/// <summary>ADX fields aligned 1:1 with the bars; NaN during warm-up.</summary>
public sealed class AdxResult
{
    public required double[] Pdi { get; init; }
    public required double[] Mdi { get; init; }
    public required double[] Dx { get; init; }
    public required double[] Adx { get; init; }
    public required double[] Adxr { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>Wilder's +DI, −DI, DX, ADX and ADXR of the bars (14 periods by default).</summary>
    public static AdxResult Adx(this BarSeries bars, int period = 14)
    {
        int n = bars.Count;
        var r = new AdxResult { Pdi = Series.New(n), Mdi = Series.New(n), Dx = Series.New(n), Adx = Series.New(n), Adxr = Series.New(n) };
        IndicatorKernels.Adx(bars.High, bars.Low, bars.Close, period, r.Pdi, r.Mdi, r.Dx, r.Adx, r.Adxr);
        return r;
    }
}
