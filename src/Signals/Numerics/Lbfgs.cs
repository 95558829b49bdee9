namespace Signals.Numerics;

/// <summary>Limited-memory BFGS with a backtracking Armijo line search, for smooth convex objectives.</summary>
internal static class Lbfgs
{
    // evaluate returns f(x) and writes ∇f(x) into its second argument.
    public static double[] Minimize(Func<double[], double[], double> evaluate, double[] start, int maxIterations,
        int memory = 10, double gradientTolerance = 1e-6)
    {
        int n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        double f = evaluate(x, g);
        var s = new List<double[]>(memory);
        var yv = new List<double[]>(memory);
        var rho = new List<double>(memory);
        var direction = new double[n];
        var alpha = new double[memory];
        var xNew = new double[n];
        var gNew = new double[n];

        for (int iter = 0; iter < maxIterations; iter++)
        {
            if (Norm(g) < gradientTolerance * Math.Max(1, Norm(x))) break;

            // Two-loop recursion: direction = −H·g.
            Array.Copy(g, direction, n);
            for (int m = s.Count - 1; m >= 0; m--)
            {
                alpha[m] = rho[m] * Dot(s[m], direction);
                Axpy(-alpha[m], yv[m], direction);
            }
            double gamma = s.Count > 0 ? Dot(s[^1], yv[^1]) / Dot(yv[^1], yv[^1]) : 1.0 / Math.Max(1, Norm(g));
            for (int i = 0; i < n; i++) direction[i] *= gamma;
            for (int m = 0; m < s.Count; m++)
            {
                double beta = rho[m] * Dot(yv[m], direction);
                Axpy(alpha[m] - beta, s[m], direction);
            }
            for (int i = 0; i < n; i++) direction[i] = -direction[i];

            double slope = Dot(g, direction);
            if (slope >= 0)
            {
                // Not a descent direction (curvature pairs went stale): restart from steepest descent.
                s.Clear(); yv.Clear(); rho.Clear();
                for (int i = 0; i < n; i++) direction[i] = -g[i];
                slope = Dot(g, direction);
            }

            double step = 1, fNew = double.NaN;
            bool accepted = false;
            for (int tries = 0; tries < 40; tries++)
            {
                for (int i = 0; i < n; i++) xNew[i] = x[i] + step * direction[i];
                fNew = evaluate(xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope) { accepted = true; break; }
                step *= 0.5;
            }
            if (!accepted) break;

            var sk = new double[n];
            var yk = new double[n];
            for (int i = 0; i < n; i++) { sk[i] = xNew[i] - x[i]; yk[i] = gNew[i] - g[i]; }
            double sy = Dot(sk, yk);
            if (sy > 1e-12)
            {
                if (s.Count == memory) { s.RemoveAt(0); yv.RemoveAt(0); rho.RemoveAt(0); }
                s.Add(sk); yv.Add(yk); rho.Add(1 / sy);
            }
            double fOld = f;
            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            f = fNew;
            if (Math.Abs(fOld - f) <= 1e-10 * Math.Max(1, Math.Abs(f))) break;
        }
        return x;
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (int i = 0; i < x.Length; i++) y[i] += a * x[i];
    }
}
