using Signals.Data;

namespace Signals.Backtesting.Portfolios;

/// <summary>
/// Removes exposures from a day's weights by least squares: w' = w − X(XᵀX)⁻¹Xᵀw, so Xᵀw' = 0 for every exposure
/// column of X at once (sector dummies make it a within-sector demeaning; a beta column hedges the market). The
/// result is then scaled to a gross (Σ|w|) of 1, which keeps every exposure at zero.
/// </summary>
public static class Neutralization
{
    /// <summary>Sector membership as exposure columns: one 0/1 column per distinct sector, in order of first appearance.</summary>
    public static double[][] SectorColumns(IReadOnlyList<string> sectorOfSymbol)
    {
        ArgumentNullException.ThrowIfNull(sectorOfSymbol);
        var names = sectorOfSymbol.Distinct(StringComparer.Ordinal).ToArray();
        var columns = new double[names.Length][];
        for (int k = 0; k < names.Length; k++)
        {
            columns[k] = new double[sectorOfSymbol.Count];
            for (int s = 0; s < sectorOfSymbol.Count; s++) columns[k][s] = sectorOfSymbol[s] == names[k] ? 1 : 0;
        }
        return columns;
    }

    /// <summary>
    /// Neutralises one day in place. Symbols with a NaN weight or a NaN exposure are set to 0 and left out of the fit.
    /// Exposure columns that are all zero among the kept symbols (an empty sector that day) or linearly dependent
    /// on earlier ones are skipped. Returns false (and zeroes the row) when nothing is left after neutralising.
    /// </summary>
    public static bool NeutralizeRow(Span<double> weights, IReadOnlyList<double[]> exposures)
    {
        int n = weights.Length, k = exposures.Count;
        for (int s = 0; s < n; s++)
        {
            bool ok = double.IsFinite(weights[s]);
            for (int j = 0; j < k && ok; j++) ok = double.IsFinite(exposures[j][s]);
            if (!ok) weights[s] = double.NaN;
        }
        // Gram–Schmidt on the columns over the kept symbols, then subtract the projection of w on each: exact and
        // stable for the handful of columns (sectors + beta) a portfolio has.
        var basis = new List<double[]>(k);
        foreach (var column in exposures)
        {
            var v = new double[n];
            for (int s = 0; s < n; s++) v[s] = double.IsFinite(weights[s]) ? column[s] : 0;
            double original = Norm(v);
            foreach (var q in basis) Subtract(v, q, Dot(v, q));
            foreach (var q in basis) Subtract(v, q, Dot(v, q));      // a second pass restores orthogonality lost to rounding
            double norm = Norm(v);
            if (!(norm > 1e-10 * Math.Max(1, original))) continue;
            for (int s = 0; s < n; s++) v[s] /= norm;
            basis.Add(v);
        }
        for (int s = 0; s < n; s++) if (!double.IsFinite(weights[s])) weights[s] = 0;
        foreach (var q in basis) Subtract(weights, q, Dot(weights, q));
        double gross = 0;
        foreach (var w in weights) gross += Math.Abs(w);
        if (!(gross > 1e-12)) { weights.Clear(); return false; }
        for (int s = 0; s < n; s++) weights[s] /= gross;
        return true;
    }

    /// <summary>Σ_s w_s · x_s: the weights' net exposure to one column.</summary>
    public static double Exposure(ReadOnlySpan<double> weights, double[] column)
    {
        double sum = 0;
        for (int s = 0; s < weights.Length; s++) sum += weights[s] * column[s];
        return sum;
    }

    private static double Dot(ReadOnlySpan<double> a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double Norm(double[] v) => Math.Sqrt(Dot(v, v));

    private static void Subtract(Span<double> v, double[] q, double c)
    {
        for (int i = 0; i < v.Length; i++) v[i] -= c * q[i];
    }
}
