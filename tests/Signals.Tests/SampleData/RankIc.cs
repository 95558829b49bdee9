namespace Signals.Tests.SampleData;

/// <summary>
/// Daily cross-sectional Spearman rank IC, averaged over days: the figure alphalens reports. Ties share their
/// average rank; a day whose factor or returns do not vary has no IC and is skipped.
/// </summary>
public static class RankIc
{
    public static (double Mean, double StdError, int Days) MeanDaily(double[,] factor, Func<int, int, double> forward, int firstDay, int lastDayExclusive)
    {
        int symbols = factor.GetLength(1);
        var x = new double[symbols];
        var y = new double[symbols];
        var ics = new List<double>();
        for (int d = firstDay; d < lastDayExclusive; d++)
        {
            for (int s = 0; s < symbols; s++) { x[s] = factor[d, s]; y[s] = forward(d, s); }
            var ic = Spearman(x, y);
            if (!double.IsNaN(ic)) ics.Add(ic);
        }
        double mean = ics.Average();
        double sd = Math.Sqrt(ics.Sum(v => (v - mean) * (v - mean)) / (ics.Count - 1));
        return (mean, sd / Math.Sqrt(ics.Count), ics.Count);
    }

    public static double Spearman(double[] x, double[] y) => Pearson(Ranks(x), Ranks(y));

    public static double[] Ranks(double[] v)
    {
        var order = Enumerable.Range(0, v.Length).OrderBy(i => v[i]).ToArray();
        var ranks = new double[v.Length];
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && v[order[j + 1]] == v[order[i]]) j++;
            for (int k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2.0;
            i = j + 1;
        }
        return ranks;
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? double.NaN : sab / Math.Sqrt(saa * sbb);
    }
}
