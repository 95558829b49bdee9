namespace Signals.Backtesting;

/// <summary>
/// Turns fills into round trips. A trade in a symbol lasts while its position keeps one sign: adds raise its
/// size and average entry, reductions average into its exit, reaching zero closes it, and crossing zero (a flip)
/// closes it and opens the opposite one with the rest of the order. Costs (commission, borrow) belong to the trade
/// that incurred them, so the trades' P&amp;L sums to the equity change.
/// </summary>
internal sealed class TradeBook
{
    private readonly string[] _symbols;
    private readonly DateOnly[] _dates;
    private readonly OpenTrade?[] _open;
    private readonly List<Trade> _closed = [];

    public TradeBook(string[] symbols, DateOnly[] dates)
    {
        _symbols = symbols; _dates = dates; _open = new OpenTrade?[symbols.Length];
    }

    private sealed class OpenTrade(int entryDay, double side)
    {
        public int EntryDay = entryDay;
        public double Side = side;
        public double SharesIn, ValueIn, SharesOut, ValueOut, CashFlow;
    }

    public void OnFill(int symbol, int day, double positionBefore, double quantity, double fillPrice, double commission)
    {
        double remaining = quantity;
        if (positionBefore != 0 && Math.Sign(quantity) != Math.Sign(positionBefore))
        {
            double closing = Math.Min(Math.Abs(quantity), Math.Abs(positionBefore)) * Math.Sign(quantity);
            double share = closing / quantity;
            var t = _open[symbol]!;
            t.SharesOut += Math.Abs(closing);
            t.ValueOut += Math.Abs(closing) * fillPrice;
            t.CashFlow -= closing * fillPrice + commission * share;
            remaining = quantity - closing;
            commission *= 1 - share;
            if (Math.Abs(closing) == Math.Abs(positionBefore))
            {
                _closed.Add(Close(symbol, t, day, markValue: 0));
                _open[symbol] = null;
            }
        }
        if (remaining == 0) return;
        var open = _open[symbol] ??= new OpenTrade(day, Math.Sign(remaining));
        open.SharesIn += Math.Abs(remaining);
        open.ValueIn += Math.Abs(remaining) * fillPrice;
        open.CashFlow -= remaining * fillPrice + commission;
    }

    public void OnCost(int symbol, double cost)
    {
        if (_open[symbol] is { } t) t.CashFlow -= cost;
    }

    /// <summary>Closed trades in order of exit, then the trades still open, valued at their marks.</summary>
    public IReadOnlyList<Trade> Build(double[] shares, double[] marks)
    {
        var all = new List<Trade>(_closed);
        for (int s = 0; s < _open.Length; s++)
            if (_open[s] is { } t) all.Add(Close(s, t, exitDay: null, markValue: shares[s] * marks[s]));
        return all;
    }

    private Trade Close(int symbol, OpenTrade t, int? exitDay, double markValue)
    {
        double pnl = t.CashFlow + markValue;
        return new Trade(
            _symbols[symbol],
            _dates[t.EntryDay],
            exitDay is { } d ? _dates[d] : null,
            t.Side * t.SharesIn,
            t.ValueIn / t.SharesIn,
            exitDay is null ? null : t.ValueOut / t.SharesOut,
            pnl,
            pnl / t.ValueIn);
    }
}
