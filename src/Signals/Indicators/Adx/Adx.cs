using System.Runtime.Intrinsics;
using Signals.Data;

namespace Signals.Indicators;

/// <summary>
/// The indicator kernels: span in, span out, no allocation, the reference arithmetic every batch extension and stream
/// shares. Warm-up and undefined values are NaN; a bad period or mismatched lengths throw <see cref="ArgumentException"/>.
/// </summary>
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
        // Four passes with the same arithmetic as AdxState, so that only the two true recursions (the Wilder sums,
        // and ADX) run one bar after the other; the rest has no chain from bar to bar and overlaps freely. The output
        // arrays hold the intermediate series: true range and then its Wilder sum in adx, ±DM and then their sums in
        // pdi and mdi, until each is overwritten by its own figure.
        int first = 1;
        if (Vector256.IsHardwareAccelerated)
            for (; first <= n - Vector256<double>.Count; first += Vector256<double>.Count)
            {
                // TrueRange and DirectionalMovement four bars at a time: the same operations (Vector256.Max is
                // Math.Max's IEEE maximum), so the same bits.
                var h = Vector256.Create(high[first..]);
                var l = Vector256.Create(low[first..]);
                var previousClose = Vector256.Create(close[(first - 1)..]);
                var up = h - Vector256.Create(high[(first - 1)..]);
                var down = Vector256.Create(low[(first - 1)..]) - l;
                Vector256.Max(h - l, Vector256.Max(Vector256.Abs(h - previousClose), Vector256.Abs(l - previousClose))).CopyTo(adx[first..]);
                (up & (Vector256.GreaterThan(up, down) & Vector256.GreaterThan(up, Vector256<double>.Zero))).CopyTo(pdi[first..]);
                (down & (Vector256.GreaterThan(down, up) & Vector256.GreaterThan(down, Vector256<double>.Zero))).CopyTo(mdi[first..]);
            }
        for (int i = first; i < n; i++)
        {
            adx[i] = TrueRange(high[i], low[i], close[i - 1]);
            (pdi[i], mdi[i]) = AdxState.DirectionalMovement(high[i], low[i], high[i - 1], low[i - 1]);
        }
        double decay = Smoothing.WilderDecay(period), inverse = 1.0 / period;
        double trSum = 0, plusSum = 0, minusSum = 0;
        for (int i = 1; i < n; i++)
        {
            if (i <= period)
            {
                trSum += adx[i]; plusSum += pdi[i]; minusSum += mdi[i];
                if (i < period) continue;
            }
            else
            {
                trSum = Smoothing.WilderSum(trSum, adx[i], decay);
                plusSum = Smoothing.WilderSum(plusSum, pdi[i], decay);
                minusSum = Smoothing.WilderSum(minusSum, mdi[i], decay);
            }
            adx[i] = trSum; pdi[i] = plusSum; mdi[i] = minusSum;
        }
        pdi[..warm].Fill(double.NaN); mdi[..warm].Fill(double.NaN); dx[..warm].Fill(double.NaN);
        adx[..warm].Fill(double.NaN); adxr[..warm].Fill(double.NaN);
        if (n <= period) return;
        AdxIndexes(adx[period..], pdi[period..], mdi[period..], dx[period..]);
        double dxSum = 0, lastAdx = 0;
        int dxCount = 0;
        for (int i = period; i < n; i++)
        {
            if (adx[i] == 0)   // a zero true-range sum: DI and DX are already NaN
            {
                adx[i] = adxr[i] = double.NaN;
                continue;
            }
            double d = dx[i], a;
            if (dxCount < period)
            {
                dxSum += d;
                a = ++dxCount == period ? dxSum / period : double.NaN;
            }
            else a = Smoothing.Wilder(lastAdx, d, decay, inverse);
            if (!double.IsNaN(a)) lastAdx = a;
            adx[i] = a;
            adxr[i] = i >= 2 * period ? (a + adx[i - period]) / 2 : double.NaN;
        }
    }

    /// <summary>
    /// <see cref="AdxState.Indexes"/> of every bar from the Wilder sums (true range in <paramref name="trSum"/>, ±DM
    /// in <paramref name="pdi"/> and <paramref name="mdi"/>, which receive +DI and −DI), four bars at a time where the
    /// CPU allows, with the same operations in the same order (the same bits); NaN where the true-range sum is 0.
    /// </summary>
    private static void AdxIndexes(ReadOnlySpan<double> trSum, Span<double> pdi, Span<double> mdi, Span<double> dx)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<double> hundred = Vector256.Create(100.0), missing = Vector256.Create(double.NaN);
            for (; i <= trSum.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var t = Vector256.Create(trSum[i..]);
                var scale = hundred / t;
                var p = Vector256.Create(pdi[i..]) * scale;
                var m = Vector256.Create(mdi[i..]) * scale;
                var d = Vector256.ConditionalSelect(Vector256.Equals(p, m), Vector256<double>.Zero, hundred * Vector256.Abs(p - m) / (p + m));
                var flat = Vector256.Equals(t, Vector256<double>.Zero);
                Vector256.ConditionalSelect(flat, missing, p).CopyTo(pdi[i..]);
                Vector256.ConditionalSelect(flat, missing, m).CopyTo(mdi[i..]);
                Vector256.ConditionalSelect(flat, missing, d).CopyTo(dx[i..]);
            }
        }
        for (; i < trSum.Length; i++)
        {
            if (trSum[i] == 0) { pdi[i] = mdi[i] = dx[i] = double.NaN; continue; }
            (pdi[i], mdi[i], dx[i]) = AdxState.Indexes(trSum[i], pdi[i], mdi[i]);
        }
    }
}

/// <summary>The Wilder sums and averages behind ADX, stepped bar by bar by both the batch kernel and the stream.</summary>
internal struct AdxState(int period)
{
    private readonly double _decay = Smoothing.WilderDecay(period);
    private readonly double _inverse = 1.0 / period;
    private double _trSum, _plusDmSum, _minusDmSum;
    private double _dxSum;
    private int _dxCount;

    public double Pdi, Mdi, Dx, Adx;

    /// <summary>Takes bar <paramref name="index"/> (≥ 1) and its predecessor; true once DI values exist.</summary>
    public bool Step(double high, double low, double previousClose, double previousHigh, double previousLow, int index)
    {
        double tr = IndicatorKernels.TrueRange(high, low, previousClose);
        var (plusDm, minusDm) = DirectionalMovement(high, low, previousHigh, previousLow);
        if (index <= period)
        {
            _trSum += tr; _plusDmSum += plusDm; _minusDmSum += minusDm;
            if (index < period) return false;
        }
        else
        {
            _trSum = Smoothing.WilderSum(_trSum, tr, _decay);
            _plusDmSum = Smoothing.WilderSum(_plusDmSum, plusDm, _decay);
            _minusDmSum = Smoothing.WilderSum(_minusDmSum, minusDm, _decay);
        }
        if (_trSum == 0)
        {
            Pdi = Mdi = Dx = Adx = double.NaN;
            return true;
        }
        (Pdi, Mdi, Dx) = Indexes(_trSum, _plusDmSum, _minusDmSum);
        if (_dxCount < period)
        {
            _dxSum += Dx;
            Adx = ++_dxCount == period ? _dxSum / period : double.NaN;
        }
        else Adx = Smoothing.Wilder(_lastAdx, Dx, _decay, _inverse);
        if (!double.IsNaN(Adx)) _lastAdx = Adx;
        return true;
    }

    /// <summary>+DM and −DM: only the larger of the up-move and the down-move counts, and only when positive.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static (double Plus, double Minus) DirectionalMovement(double high, double low, double previousHigh, double previousLow)
    {
        double up = high - previousHigh, down = previousLow - low;
        if (Vector128.IsHardwareAccelerated)
        {
            // Whether the up-move or the down-move wins is a coin toss on real bars, so the branches of the plain form
            // below are mispredicted about every other bar. Both moves sit in one vector beside the other one; a move
            // counts where it is positive and larger, and the mask keeps its bits or gives +0: the plain form's bits.
            var moves = Vector128.Create(up, down);
            var others = Vector128.Create(down, up);
            var counted = moves & (Vector128.GreaterThan(moves, others) & Vector128.GreaterThan(moves, Vector128<double>.Zero));
            return (counted.GetElement(0), counted.GetElement(1));
        }
        return (up > down ? Math.Max(up, 0) : 0, down > up ? Math.Max(down, 0) : 0);
    }

    /// <summary>+DI, −DI and DX from the Wilder sums (a non-zero true-range sum); DX is 0 when +DI = −DI.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static (double Pdi, double Mdi, double Dx) Indexes(double trSum, double plusSum, double minusSum)
    {
        double scale = 100 / trSum;
        double pdi = plusSum * scale, mdi = minusSum * scale;
        return (pdi, mdi, pdi == mdi ? 0 : 100 * Math.Abs(pdi - mdi) / (pdi + mdi));
    }

    private double _lastAdx;
}

/// <summary>ADX fields aligned 1:1 with the bars; NaN during warm-up.</summary>
public sealed class AdxResult
{
    /// <summary>+DI, 0–100: Wilder-summed +DM over the true-range sum.</summary>
    public required double[] Pdi { get; init; }
    /// <summary>−DI, 0–100: Wilder-summed −DM over the true-range sum.</summary>
    public required double[] Mdi { get; init; }
    /// <summary>DX, 0–100: 100·|+DI − −DI| / (+DI + −DI).</summary>
    public required double[] Dx { get; init; }
    /// <summary>ADX, 0–100: Wilder average of DX; trend strength without direction.</summary>
    public required double[] Adx { get; init; }
    /// <summary>ADXR: the mean of ADX and ADX a period earlier.</summary>
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
