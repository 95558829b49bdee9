namespace Signals.Tests.Indicators;

/// <summary>
/// Textbook re-implementations, written for clarity with no rolling tricks, as oracles for the fast kernels.
/// Every window is re-summed from scratch; NaN marks "no value".
/// </summary>
public static class Naive
{
    private static double[] Empty(int n) => Enumerable.Repeat(double.NaN, n).ToArray();

    private static double Mean(double[] x, int end, int p)
    {
        double s = 0;
        for (int j = end - p + 1; j <= end; j++) s += x[j];
        return s / p;
    }

    public static double[] Sma(double[] x, int p)
    {
        var r = Empty(x.Length);
        for (int i = p - 1; i < x.Length; i++) r[i] = Mean(x, i, p);
        return r;
    }

    public static double[] Ema(double[] x, int p)
    {
        var r = Empty(x.Length);
        if (x.Length < p) return r;
        double k = 2.0 / (p + 1);
        r[p - 1] = Mean(x, p - 1, p);
        for (int i = p; i < x.Length; i++) r[i] = x[i] * k + r[i - 1] * (1 - k);
        return r;
    }

    public static double[] Wma(double[] x, int p)
    {
        var r = Empty(x.Length);
        for (int i = p - 1; i < x.Length; i++)
        {
            double s = 0;
            for (int w = 1; w <= p; w++) s += w * x[i - p + w];
            r[i] = s / (p * (p + 1) / 2.0);
        }
        return r;
    }

    public static double[] Rsi(double[] x, int p)
    {
        var r = Empty(x.Length);
        if (x.Length <= p) return r;
        double g = 0, l = 0;
        for (int i = 1; i <= p; i++) { g += Math.Max(x[i] - x[i - 1], 0); l += Math.Max(x[i - 1] - x[i], 0); }
        g /= p; l /= p;
        r[p] = l == 0 ? 100 : 100 * g / (g + l);
        for (int i = p + 1; i < x.Length; i++)
        {
            g = (g * (p - 1) + Math.Max(x[i] - x[i - 1], 0)) / p;
            l = (l * (p - 1) + Math.Max(x[i - 1] - x[i], 0)) / p;
            r[i] = l == 0 ? 100 : 100 * g / (g + l);
        }
        return r;
    }

    public static double PopulationSd(double[] x, int end, int p)
    {
        double m = Mean(x, end, p), s = 0;
        for (int j = end - p + 1; j <= end; j++) s += (x[j] - m) * (x[j] - m);
        return Math.Sqrt(s / p);
    }

    public static (double[] Sma, double[] Upper, double[] Lower, double[] PercentB, double[] Z, double[] Width) Bollinger(double[] x, int p, double k)
    {
        int n = x.Length;
        double[] m = Empty(n), u = Empty(n), lo = Empty(n), b = Empty(n), z = Empty(n), w = Empty(n);
        for (int i = p - 1; i < n; i++)
        {
            double mean = Mean(x, i, p), sd = PopulationSd(x, i, p);
            m[i] = mean; u[i] = mean + k * sd; lo[i] = mean - k * sd;
            b[i] = (x[i] - lo[i]) / (u[i] - lo[i]);
            z[i] = (x[i] - mean) / sd;
            w[i] = (u[i] - lo[i]) / mean;
        }
        return (m, u, lo, b, z, w);
    }

    public static double[] TrueRange(double[] h, double[] l, double[] c)
    {
        var r = Empty(c.Length);
        for (int i = 1; i < c.Length; i++)
            r[i] = new[] { h[i] - l[i], Math.Abs(h[i] - c[i - 1]), Math.Abs(l[i] - c[i - 1]) }.Max();
        return r;
    }

    public static double[] Atr(double[] h, double[] l, double[] c, int p)
    {
        var tr = TrueRange(h, l, c);
        var r = Empty(c.Length);
        if (c.Length <= p) return r;
        r[p] = tr.Skip(1).Take(p).Average();
        for (int i = p + 1; i < c.Length; i++) r[i] = (r[i - 1] * (p - 1) + tr[i]) / p;
        return r;
    }

    public static double[] RawStochastic(double[] h, double[] l, double[] c, int p)
    {
        var r = Empty(c.Length);
        for (int i = p - 1; i < c.Length; i++)
        {
            double hh = h.Skip(i - p + 1).Take(p).Max(), ll = l.Skip(i - p + 1).Take(p).Min();
            r[i] = hh == ll ? 0 : 100 * (c[i] - ll) / (hh - ll);
        }
        return r;
    }

    /// <summary>SMA that only starts once its window is free of NaN.</summary>
    public static double[] SmaOfDefined(double[] x, int p)
    {
        var r = Empty(x.Length);
        for (int i = p - 1; i < x.Length; i++)
        {
            bool ok = true;
            for (int j = i - p + 1; j <= i; j++) ok &= !double.IsNaN(x[j]);
            if (ok) r[i] = Mean(x, i, p);
        }
        return r;
    }

    public static (double[] Pdi, double[] Mdi, double[] Dx, double[] Adx, double[] Adxr) Adx(double[] h, double[] l, double[] c, int p)
    {
        int n = c.Length;
        double[] tr = TrueRange(h, l, c), pdm = new double[n], mdm = new double[n];
        for (int i = 1; i < n; i++)
        {
            double up = h[i] - h[i - 1], down = l[i - 1] - l[i];
            pdm[i] = up > down && up > 0 ? up : 0;
            mdm[i] = down > up && down > 0 ? down : 0;
        }
        double[] pdi = Empty(n), mdi = Empty(n), dx = Empty(n), adx = Empty(n), adxr = Empty(n);
        double trs = 0, ps = 0, ms = 0;
        for (int i = 1; i < n; i++)
        {
            if (i <= p) { trs += tr[i]; ps += pdm[i]; ms += mdm[i]; }
            else { trs = trs * (p - 1) / p + tr[i]; ps = ps * (p - 1) / p + pdm[i]; ms = ms * (p - 1) / p + mdm[i]; }
            if (i < p) continue;
            pdi[i] = 100 * ps / trs; mdi[i] = 100 * ms / trs;
            dx[i] = pdi[i] + mdi[i] == 0 ? 0 : 100 * Math.Abs(pdi[i] - mdi[i]) / (pdi[i] + mdi[i]);
            if (i == 2 * p - 1) adx[i] = dx.Skip(p).Take(p).Average();
            else if (i > 2 * p - 1) adx[i] = (adx[i - 1] * (p - 1) + dx[i]) / p;
            if (i >= 3 * p - 1) adxr[i] = (adx[i] + adx[i - p]) / 2;
        }
        return (pdi, mdi, dx, adx, adxr);
    }

    public static double[] Cci(double[] h, double[] l, double[] c, int p)
    {
        var tp = new double[c.Length];
        for (int i = 0; i < c.Length; i++) tp[i] = (h[i] + l[i] + c[i]) / 3;
        var r = Empty(c.Length);
        for (int i = p - 1; i < c.Length; i++)
        {
            double m = Mean(tp, i, p), mad = 0;
            for (int j = i - p + 1; j <= i; j++) mad += Math.Abs(tp[j] - m);
            mad /= p;
            r[i] = mad <= 1e-13 * Math.Abs(m) ? double.NaN : (tp[i] - m) / (0.015 * mad);
        }
        return r;
    }

    /// <summary>Wilder's SAR bar by bar; values through the first reversal are discarded (the initial trend is a guess).</summary>
    public static (double[] Sar, bool[] Reversal) ParabolicSar(double[] h, double[] l, double step, double max)
    {
        int n = h.Length;
        double[] sar = Empty(n);
        bool[] rev = new bool[n];
        bool up = true;
        double af = step, ep = n > 0 ? h[0] : 0, prior = n > 0 ? l[0] : 0;
        for (int i = 1; i < n; i++)
        {
            double s = prior + af * (ep - prior);
            if (up)
            {
                if (i >= 2) s = Math.Min(s, Math.Min(l[i - 1], l[i - 2]));
                if (l[i] < s) { rev[i] = true; s = ep; up = false; af = step; ep = l[i]; }
                else if (h[i] > ep) { ep = h[i]; af = Math.Min(af + step, max); }
            }
            else
            {
                if (i >= 2) s = Math.Max(s, Math.Max(h[i - 1], h[i - 2]));
                if (h[i] > s) { rev[i] = true; s = ep; up = true; af = step; ep = h[i]; }
                else if (l[i] < ep) { ep = l[i]; af = Math.Min(af + step, max); }
            }
            sar[i] = prior = s;
        }
        int first = Array.IndexOf(rev, true);
        int cut = first < 0 ? n - 1 : first;
        for (int i = 0; i <= cut && i < n; i++) { sar[i] = double.NaN; rev[i] = false; }
        return (sar, rev);
    }
}
