namespace Signals.SampleData;

/// <summary>
/// Daily bars built one session at a time. Log returns are a market factor, a sector factor and an idiosyncratic
/// part, each a GARCH(1,1) process with unit-variance Student-t (5 df) shocks, drawn separately for the overnight
/// gap (30% of the variance) and the session; news jumps and drift from <see cref="NewsImpact"/> are added on top.
/// High and low stretch beyond open and close by a half-normal amount scaled to the day's session volatility;
/// volume follows the stock's size, a persistent random level, the size of the move and the day's headlines.
/// </summary>
internal sealed class PriceModel
{
    public const double OvernightShare = 0.30;
    public const int TailDegreesOfFreedom = 5;
    public const double GarchAlpha = 0.08, GarchBeta = 0.90;
    public const double MarketSigma = 0.011, SectorSigma = 0.007;
    public const double MarketDriftPerDay = 0.0001;
    public const double EarningsShockSigma = 0.03;

    private readonly CompanyProfile[] _profiles;
    private readonly NewsImpact _impact;
    private readonly Random _factorRng, _stockRng;
    private Garch11 _market;
    private readonly Garch11[] _sectors, _idio;
    private readonly double[] _lastClose, _volumeLevel;
    private readonly int _n;

    public PriceModel(CompanyProfile[] profiles, int dayCount, NewsImpact impact, Random factorRng, Random stockRng)
    {
        _profiles = profiles;
        _impact = impact;
        _factorRng = factorRng;
        _stockRng = stockRng;
        _n = profiles.Length;
        _market = new Garch11(MarketSigma, GarchAlpha, GarchBeta);
        _sectors = new Garch11[SampleUniverse.Sectors.Count];
        for (int s = 0; s < _sectors.Length; s++) _sectors[s] = new Garch11(SectorSigma, GarchAlpha, GarchBeta);
        _idio = new Garch11[_n];
        _lastClose = new double[_n];
        _volumeLevel = new double[_n];
        for (int i = 0; i < _n; i++)
        {
            _idio[i] = new Garch11(profiles[i].IdiosyncraticSigma, GarchAlpha, GarchBeta);
            _lastClose[i] = profiles[i].StartPrice;
        }
        Open = new double[dayCount * _n];
        High = new double[dayCount * _n];
        Low = new double[dayCount * _n];
        Close = new double[dayCount * _n];
        Volume = new double[dayCount * _n];
    }

    /// <summary>Bars, day-major ([day * symbolCount + symbol]), unrounded.</summary>
    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public double[] Volume { get; }

    /// <summary>The last close built so far (the start price before the first session).</summary>
    public double LastClose(int symbol) => _lastClose[symbol];

    /// <summary>The long-run daily volatility of a stock's close-to-close return, news aside.</summary>
    public double LongRunSigma(int symbol)
    {
        var p = _profiles[symbol];
        double m = p.MarketBeta * MarketSigma, s = p.SectorBeta * SectorSigma;
        return Math.Sqrt(m * m + s * s + p.IdiosyncraticSigma * p.IdiosyncraticSigma);
    }

    public void Step(int day)
    {
        double on = Math.Sqrt(OvernightShare), id = Math.Sqrt(1 - OvernightShare);
        double mSigma = _market.Sigma;
        double mOn = mSigma * on * _factorRng.UnitStudentT(TailDegreesOfFreedom);
        double mId = mSigma * id * _factorRng.UnitStudentT(TailDegreesOfFreedom);
        _market.Update(mOn + mId);
        Span<double> sOn = stackalloc double[_sectors.Length], sId = stackalloc double[_sectors.Length], sSig = stackalloc double[_sectors.Length];
        for (int s = 0; s < _sectors.Length; s++)
        {
            sSig[s] = _sectors[s].Sigma;
            sOn[s] = sSig[s] * on * _factorRng.UnitStudentT(TailDegreesOfFreedom);
            sId[s] = sSig[s] * id * _factorRng.UnitStudentT(TailDegreesOfFreedom);
            _sectors[s].Update(sOn[s] + sId[s]);
        }

        for (int i = 0; i < _n; i++)
        {
            var p = _profiles[i];
            int k = day * _n + i;
            double eSigma = _idio[i].Sigma;
            double eOn = eSigma * on * _stockRng.UnitStudentT(TailDegreesOfFreedom);
            double eId = eSigma * id * _stockRng.UnitStudentT(TailDegreesOfFreedom);
            _idio[i].Update(eOn + eId);

            // Earnings surprises move a stock beyond what the headlines' tone says. Reports come out before the open
            // or after the close, so the shock lands in the overnight gap, before anyone could trade on them.
            double earningsShock = _impact.EarningsShock[k] ? EarningsShockSigma * _stockRng.UnitStudentT(TailDegreesOfFreedom) : 0;
            double rOn = MarketDriftPerDay * OvernightShare + p.MarketBeta * mOn + p.SectorBeta * sOn[p.SectorIndex] + eOn
                         + _impact.OvernightJump[k] + earningsShock;
            double rId = MarketDriftPerDay * (1 - OvernightShare) + p.MarketBeta * mId + p.SectorBeta * sId[p.SectorIndex] + eId
                         + _impact.IntradayJump[k] + _impact.IntradayDrift[k];

            double open = _lastClose[i] * Math.Exp(rOn);
            double close = open * Math.Exp(rId);
            double sessionSigma = id * Math.Sqrt(Square(p.MarketBeta * mSigma) + Square(p.SectorBeta * sSig[p.SectorIndex]) + eSigma * eSigma);
            Open[k] = open;
            Close[k] = close;
            High[k] = Math.Max(open, close) * Math.Exp(0.6 * sessionSigma * Math.Abs(_stockRng.Normal()));
            Low[k] = Math.Min(open, close) * Math.Exp(-0.6 * sessionSigma * Math.Abs(_stockRng.Normal()));

            // Volume: size, a slow-moving level, how far the stock moved, and how much was said about it.
            _volumeLevel[i] = 0.75 * _volumeLevel[i] + 0.22 * _stockRng.Normal();
            double surprise = Math.Abs(rOn + rId) / LongRunSigma(i);
            double logVolume = Math.Log(p.AverageVolume) + _volumeLevel[i] + 0.28 * (surprise - 0.8)
                               + 0.20 * Math.Min(_impact.Headlines[k], 4) + (_impact.EarningsShock[k] ? 0.55 : 0);
            Volume[k] = Math.Max(100, Math.Round(Math.Exp(logVolume) / 100) * 100);
            _lastClose[i] = close;
        }
    }

    private static double Square(double x) => x * x;
}
