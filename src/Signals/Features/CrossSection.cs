using Signals.Data;

namespace Signals.Features;

/// <summary>The range a cross-sectional rank is scaled to.</summary>
public enum RankScale
{
    /// <summary>Lowest 0, highest 1.</summary>
    ZeroToOne,
    /// <summary>Lowest −0.5, highest +0.5: centred, so a rank can be used directly as a dollar-neutral weight shape.</summary>
    Centered,
}

/// <summary>Transforms of each day's cross-section (all symbols on one day); missing values stay missing and take no part.</summary>
public static class CrossSection
{
    /// <summary>Ranks each day's valid values (ties share their average rank), scaled to <paramref name="scale"/>. A lone value ranks in the middle.</summary>
    public static Panel Rank(Panel panel, RankScale scale = RankScale.ZeroToOne)
    {
        var result = new Panel(panel.Dates, panel.Symbols);
        var keys = new double[panel.SymbolCount];
        var index = new int[panel.SymbolCount];
        double shift = scale == RankScale.Centered ? -0.5 : 0;
        for (int d = 0; d < panel.DayCount; d++)
        {
            var row = panel.Row(d);
            var output = result.Row(d);
            int m = 0;
            for (int s = 0; s < row.Length; s++)
                if (!double.IsNaN(row[s])) { keys[m] = row[s]; index[m] = s; m++; }
            if (m == 0) continue;
            Array.Sort(keys, index, 0, m);
            for (int i = 0; i < m;)
            {
                int j = i;
                while (j + 1 < m && keys[j + 1] == keys[i]) j++;
                double averageRank = (i + j) / 2.0;   // 0-based
                double scaled = m == 1 ? 0.5 : averageRank / (m - 1);
                for (int k = i; k <= j; k++) output[index[k]] = scaled + shift;
                i = j + 1;
            }
        }
        return result;
    }

    /// <summary>(x − day mean) / day standard deviation (sample), per day; 0 when all valid values are equal, NaN with fewer than two.</summary>
    public static Panel ZScore(Panel panel)
    {
        var result = new Panel(panel.Dates, panel.Symbols);
        for (int d = 0; d < panel.DayCount; d++)
        {
            var row = panel.Row(d);
            var output = result.Row(d);
            double sum = 0, sumSq = 0;
            int n = 0;
            foreach (double v in row)
                if (!double.IsNaN(v)) { sum += v; sumSq += v * v; n++; }
            if (n < 2) continue;
            double mean = sum / n, sd = Math.Sqrt(Math.Max(0, (sumSq - n * mean * mean) / (n - 1)));
            for (int s = 0; s < row.Length; s++)
                if (!double.IsNaN(row[s])) output[s] = sd > 1e-12 ? (row[s] - mean) / sd : 0;
        }
        return result;
    }
}
