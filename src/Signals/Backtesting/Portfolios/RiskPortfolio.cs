using Signals.Backtesting.Costs;
using Signals.Data;

namespace Signals.Backtesting.Portfolios;

/// <summary>Settings of <see cref="RiskPortfolio.Build(BarPanel, Panel, RiskPortfolioOptions?)"/>. The defaults give a sector- and beta-neutral long-short at gross 1.</summary>
public sealed record RiskPortfolioOptions
{
    /// <summary>Sector of each panel symbol (same order); null = no sector neutrality.</summary>
    public IReadOnlyList<string>? Sectors { get; init; }
    /// <summary>Project out each day's rolling market beta, so Σ w·β = 0.</summary>
    public bool BetaNeutral { get; init; } = true;
    /// <summary>Sessions of returns behind each rolling beta.</summary>
    public int BetaWindow { get; init; } = 60;
    /// <summary>Divide each name's signal by its trailing daily volatility before neutralising.</summary>
    public bool InverseVolatility { get; init; }
    /// <summary>Sessions of returns behind each name's trailing volatility.</summary>
    public int VolatilityWindow { get; init; } = 20;
    /// <summary>Target annual volatility of the portfolio; null = no volatility targeting (gross stays 1).</summary>
    public double? TargetAnnualVolatility { get; init; }
    /// <summary>Sessions of portfolio returns behind the volatility-targeting estimate.</summary>
    public int TargetWindow { get; init; } = 60;
    /// <summary>Cap on the volatility-targeting multiplier of gross exposure.</summary>
    public double MaxLeverage { get; init; } = 2;
    /// <summary>Trade a name only when its target moves more than this (in weight); 0 = trade every change.</summary>
    public double TurnoverBand { get; init; }
}

/// <summary>
/// The constructed weights and the evidence a risk manager asks for.
/// </summary>
/// <param name="MaxSectorExposure">Per day, the largest |Σ weights| within one sector (0 without sectors).</param>
/// <param name="BetaExposure">Per day, Σ w·β with the day's rolling betas (NaN without beta neutrality).</param>
/// <param name="Leverage">Per day, the volatility-targeting multiplier (1 without a target).</param>
/// <param name="Turnover">Per day, Σ|w_t − w_{t−1}| (before price drift).</param>
public sealed record RiskPortfolioResult(Panel Weights, Panel? Beta, double[] MaxSectorExposure, double[] BetaExposure, double[] Leverage, double[] Turnover)
{
    /// <summary>Mean daily turnover, Σ|Δw| per day (0 for an empty run).</summary>
    public double MeanTurnover => Turnover.Length == 0 ? 0 : Turnover.Average();
}

/// <summary>
/// Turns a signal panel into weights: optional inverse-volatility scaling, neutrality to sectors and to rolling market
/// beta (one least-squares projection, <see cref="Neutralization"/>), gross 1, then volatility targeting and a turnover
/// band. Row t uses only data before the open of t (betas and volatilities from earlier closes; the targeting leverage
/// from portfolio returns realised by that open). The band is applied last, so on days it holds stale weights the
/// exposures are no longer exactly zero — they are reported, not hidden.
/// </summary>
public static class RiskPortfolio
{
    /// <summary>The weights for <paramref name="signal"/> (rows aligned with <paramref name="prices"/>, row t known before t's open) under <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The signal's shape differs from the prices', or the sector list from the symbol count.</exception>
    public static RiskPortfolioResult Build(BarPanel prices, Panel signal, RiskPortfolioOptions? options = null) =>
        Build(prices, signal, options, sigma: null);

    /// <summary>As the public overload, with the names' trailing volatilities over <see cref="RiskPortfolioOptions.VolatilityWindow"/>
    /// already estimated by the caller (<see cref="LiquidityEstimates.Sigma"/> of the same prices and window), so several books share one panel.</summary>
    internal static RiskPortfolioResult Build(BarPanel prices, Panel signal, RiskPortfolioOptions? options, double[]? sigma) =>
        Build(prices, signal, options, sigma, keepBeta: true);

    /// <summary>
    /// As above; without <paramref name="keepBeta"/> a beta-neutral book reads its betas a day at a time
    /// (<see cref="RollingBetaRows"/>, twice: to neutralise and to measure the exposure left) and the result's
    /// <see cref="RiskPortfolioResult.Beta"/> is null: no day × symbol panel of betas beside the weights (250 MB at
    /// 5,000 names × 25 years), the same figures.
    /// </summary>
    internal static RiskPortfolioResult Build(BarPanel prices, Panel signal, RiskPortfolioOptions? options, double[]? sigma, bool keepBeta)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(signal);
        options ??= new RiskPortfolioOptions();
        int days = prices.DayCount, symbols = prices.SymbolCount;
        if (signal.DayCount != days || signal.SymbolCount != symbols)
            throw new ArgumentException($"The signal is {signal.DayCount}×{signal.SymbolCount}, the prices {days}×{symbols}.", nameof(signal));
        if (options.Sectors is { } sec && sec.Count != symbols)
            throw new ArgumentException($"{sec.Count} sectors for {symbols} symbols.", nameof(options));

        // The inverse-volatility weights are a fresh panel: neutralise them in place rather than in a copy (one day ×
        // symbol panel less at a time; the figures are the same).
        Panel weights;
        if (options.InverseVolatility)
        {
            if (sigma is not null && sigma.Length != days * symbols)
                throw new ArgumentException($"{sigma.Length} volatilities for a {days}×{symbols} panel.", nameof(sigma));
            sigma ??= LiquidityEstimates.Compute(prices, options.VolatilityWindow).Sigma;
            weights = Portfolios.InverseVolatility.Weights(signal, new Panel(prices.Dates, prices.Symbols, sigma));
        }
        else weights = new Panel(prices.Dates, prices.Symbols, (double[])signal.Values.Clone());
        var sectorColumns = options.Sectors is null ? [] : Neutralization.SectorColumns(options.Sectors);
        var beta = options.BetaNeutral && keepBeta ? RollingBeta.Compute(prices, options.BetaWindow) : null;
        var betaRows = options.BetaNeutral && !keepBeta ? new RollingBetaRows(prices, options.BetaWindow, null) : null;

        var exposures = new List<double[]>(sectorColumns.Length + 1);
        var betaRow = new double[symbols];
        for (int d = 0; d < days; d++)
        {
            var row = weights.Row(d);
            exposures.Clear();
            exposures.AddRange(sectorColumns);
            if (options.BetaNeutral)
            {
                if (beta is not null) beta.Row(d).CopyTo(betaRow);
                else betaRows!.Next(d, betaRow);
                exposures.Add((double[])betaRow.Clone());
            }
            Neutralization.NeutralizeRow(row, exposures);
        }

        var leverage = new double[days];
        Array.Fill(leverage, 1.0);
        if (options.TargetAnnualVolatility is double target)
        {
            leverage = VolatilityTargeting.Leverage(PortfolioReturns(prices, weights), target, options.TargetWindow, options.MaxLeverage);
            for (int d = 0; d < days; d++)
            {
                var row = weights.Row(d);
                for (int s = 0; s < symbols; s++) row[s] *= leverage[d];
            }
        }
        if (options.TurnoverBand > 0) Portfolios.TurnoverBand.ApplyInPlace(weights, options.TurnoverBand);

        var maxSector = new double[days];
        var betaExposure = new double[days];
        var turnover = new double[days];
        // Without the panel the betas are read again, a day at a time: the weights were scaled and banded since.
        betaRows = options.BetaNeutral && !keepBeta ? new RollingBetaRows(prices, options.BetaWindow, null) : null;
        for (int d = 0; d < days; d++)
        {
            var row = weights.Row(d);
            foreach (var column in sectorColumns) maxSector[d] = Math.Max(maxSector[d], Math.Abs(Neutralization.Exposure(row, column)));
            if (betaRows is not null) betaRows.Next(d, betaRow);
            betaExposure[d] = !options.BetaNeutral ? double.NaN : BetaExposure(row, beta is not null ? beta.Row(d) : betaRow);
            for (int s = 0; s < symbols; s++) turnover[d] += Math.Abs(row[s] - (d > 0 ? weights[d - 1, s] : 0));
        }
        return new RiskPortfolioResult(weights, beta, maxSector, betaExposure, leverage, turnover);
    }

    /// <summary>Σ w·β over names with a finite beta (names without one hold 0 after neutralising).</summary>
    private static double BetaExposure(ReadOnlySpan<double> weights, ReadOnlySpan<double> beta)
    {
        double sum = 0;
        for (int s = 0; s < weights.Length; s++) if (double.IsFinite(beta[s])) sum += weights[s] * beta[s];
        return sum;
    }

    /// <summary>Σ w_t · (open[t+1]/open[t] − 1): the pre-targeting portfolio's return of day t, known at the open of t+1.</summary>
    private static double[] PortfolioReturns(BarPanel prices, Panel weights)
    {
        int days = prices.DayCount, symbols = prices.SymbolCount;
        var g = new double[days];
        for (int d = 0; d < days; d++)
        {
            if (d + 1 >= days) { g[d] = double.NaN; break; }
            for (int s = 0; s < symbols; s++)
            {
                double a = prices.Open[d, s], b = prices.Open[d + 1, s];
                if (a > 0 && b > 0) g[d] += weights[d, s] * (b / a - 1);
            }
        }
        return g;
    }
}
