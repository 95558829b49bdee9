namespace Signals.Backtesting;

/// <summary>
/// Cash and shares, and the one place where money moves. Equity = cash + Σ shares × last price; a short sale
/// credits its proceeds to cash and the short's value is negative, so equity is unchanged by the sale itself.
/// The loops are written without data-dependent branches where they can be: they run once per bar over every symbol.
/// </summary>
internal sealed class Ledger
{
    private readonly CostModel _costs;
    private readonly double _dailyBorrowRate;
    private readonly TradeBook? _trades;

    public Ledger(int symbolCount, double initialCash, CostModel costs, int periodsPerYear, TradeBook? trades)
    {
        Shares = new double[symbolCount];
        Marks = new double[symbolCount];   // 0 until a first price; only held positions are ever valued, and those have one
        Cash = initialCash;
        _costs = costs;
        _dailyBorrowRate = costs.BorrowBpsPerYear * 1e-4 / periodsPerYear;
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
        var shares = Shares.AsSpan(0, row.Length);
        var marks = Marks.AsSpan(0, row.Length);
        double value = 0;
        for (int s = 0; s < row.Length; s++)
        {
            double p = row[s];
            marks[s] = double.IsNaN(p) ? marks[s] : p;
            value += shares[s] * marks[s];
        }
        return Cash + value;
    }

    /// <summary>Marks to the close, charges one day's borrow fee on every short at that mark, and returns equity.</summary>
    public double CloseDay(ReadOnlySpan<double> close)
    {
        var shares = Shares.AsSpan(0, close.Length);
        var marks = Marks.AsSpan(0, close.Length);
        double value = 0, fees = 0;
        for (int s = 0; s < close.Length; s++)
        {
            double p = close[s];
            marks[s] = double.IsNaN(p) ? marks[s] : p;
            double v = shares[s] * marks[s];
            value += v;
            double fee = Math.Max(-v, 0) * _dailyBorrowRate;
            fees += fee;
            if (_trades is not null && fee > 0) _trades.OnCost(s, fee);
        }
        Cash -= fees;
        Borrow += fees;
        return Cash + value;
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
}
