namespace Signals.Backtesting;

/// <summary>
/// Cash and shares, and the one place where money moves. Equity = cash + Σ shares × last price; a short sale
/// credits its proceeds to cash and the short's value is negative, so equity is unchanged by the sale itself.
/// </summary>
internal sealed class Ledger
{
    private readonly CostModel _costs;
    private readonly int _periodsPerYear;
    private readonly TradeBook? _trades;

    public Ledger(int symbolCount, double initialCash, CostModel costs, int periodsPerYear, TradeBook? trades)
    {
        Shares = new double[symbolCount];
        Marks = new double[symbolCount];
        Array.Fill(Marks, double.NaN);
        Cash = initialCash;
        _costs = costs;
        _periodsPerYear = periodsPerYear;
        _trades = trades;
    }

    public double[] Shares { get; }
    /// <summary>The last valid price seen per symbol: what a position is worth on a day its own bar is missing.</summary>
    public double[] Marks { get; }
    public double Cash { get; private set; }
    public double Commission { get; private set; }
    public double Slippage { get; private set; }
    public double Borrow { get; private set; }

    /// <summary>Takes the valid prices of <paramref name="row"/> as the new marks and returns equity at them.</summary>
    public double MarkTo(ReadOnlySpan<double> row)
    {
        double equity = Cash;
        for (int s = 0; s < row.Length; s++)
        {
            if (!double.IsNaN(row[s])) Marks[s] = row[s];
            if (Shares[s] != 0) equity += Shares[s] * Marks[s];
        }
        return equity;
    }

    /// <summary>Buys (positive) or sells (negative) <paramref name="quantity"/> shares; returns the traded notional.</summary>
    public double Fill(int symbol, double quantity, double referencePrice, int day)
    {
        double side = Math.Sign(quantity), size = Math.Abs(quantity);
        double fillPrice = referencePrice * (1 + side * _costs.SlippageBps * 1e-4);
        double commission = size * fillPrice * _costs.CommissionBps * 1e-4 + size * _costs.CommissionPerShare;
        Cash -= quantity * fillPrice + commission;
        Commission += commission;
        Slippage += size * referencePrice * _costs.SlippageBps * 1e-4;
        _trades?.OnFill(symbol, day, Shares[symbol], quantity, fillPrice, commission);
        Shares[symbol] += quantity;
        return size * fillPrice;
    }

    /// <summary>One day's borrow fee on every short, at the marks (call after marking to the close).</summary>
    public void ChargeBorrow()
    {
        if (_costs.BorrowBpsPerYear == 0) return;
        double dailyRate = _costs.BorrowBpsPerYear * 1e-4 / _periodsPerYear;
        for (int s = 0; s < Shares.Length; s++)
        {
            if (Shares[s] >= 0) continue;
            double fee = -Shares[s] * Marks[s] * dailyRate;
            Cash -= fee;
            Borrow += fee;
            _trades?.OnCost(s, fee);
        }
    }
}
