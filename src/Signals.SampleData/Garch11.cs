namespace Signals.SampleData;

/// <summary>
/// A GARCH(1,1) variance recursion: σ²ₜ₊₁ = ω + α·εₜ² + β·σ²ₜ, with ω set so the long-run variance is the one asked
/// for. Large shocks raise tomorrow's variance, which is what makes volatility cluster.
/// </summary>
internal struct Garch11
{
    private readonly double _omega, _alpha, _beta;
    private double _variance;

    public Garch11(double longRunSigma, double alpha, double beta)
    {
        if (alpha < 0 || beta < 0 || alpha + beta >= 1) throw new ArgumentException("GARCH(1,1) needs α, β ≥ 0 and α + β < 1.");
        _alpha = alpha;
        _beta = beta;
        _omega = longRunSigma * longRunSigma * (1 - alpha - beta);
        _variance = longRunSigma * longRunSigma;
    }

    public readonly double Sigma => Math.Sqrt(_variance);

    public void Update(double shock) => _variance = _omega + _alpha * shock * shock + _beta * _variance;
}
