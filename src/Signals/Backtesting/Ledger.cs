using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Signals.Backtesting;

/// <summary>
/// Cash and shares, and the one place where money moves. Equity = cash + Σ shares × last price; a short sale
/// credits its proceeds to cash and the short's value is negative, so equity is unchanged by the sale itself.
/// </summary>
/// <remarks>
/// The three passes run once per bar over every symbol, so each is written four symbols at a time (Vector256) with
/// a scalar loop for the rest, and without data-dependent branches. Per symbol both loops compute the same IEEE
/// results; sums are taken in four lanes and then added, a fixed order, so a run is reproducible to the bit. The
/// trade book, when there is one, is told about fills and fees in a separate scalar pass with the same arithmetic.
/// </remarks>
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

    private static bool Vectorised(int length) => Vector256.IsHardwareAccelerated && length >= Vector256<double>.Count;

    /// <summary>Takes the valid prices of <paramref name="row"/> as the new marks and returns equity at them.</summary>
    public double MarkTo(ReadOnlySpan<double> row) => Cash + MarkPositions(row);

    /// <summary>Takes the valid prices of <paramref name="row"/> as the new marks and returns the positions' value at them.</summary>
    private double MarkPositions(ReadOnlySpan<double> row)
    {
        var shares = Shares.AsSpan(0, row.Length);
        var marks = Marks.AsSpan(0, row.Length);
        int s = 0;
        double value = 0;
        if (Vectorised(row.Length))
        {
            ref double price = ref MemoryMarshal.GetReference(row);
            ref double mark = ref MemoryMarshal.GetReference(marks);
            ref double held = ref MemoryMarshal.GetReference(shares);
            var sum = Vector256<double>.Zero;
            for (; s <= row.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                var p = Vector256.LoadUnsafe(ref price, (nuint)s);
                var m = Vector256.ConditionalSelect(Vector256.Equals(p, p), p, Vector256.LoadUnsafe(ref mark, (nuint)s));
                m.StoreUnsafe(ref mark, (nuint)s);
                sum += Vector256.LoadUnsafe(ref held, (nuint)s) * m;
            }
            value = Vector256.Sum(sum);
        }
        double rest = 0;
        for (; s < row.Length; s++)
        {
            double p = row[s];
            marks[s] = double.IsNaN(p) ? marks[s] : p;
            rest += shares[s] * marks[s];
        }
        return value + rest;
    }

    /// <summary>Marks to the close, charges one day's borrow fee on every short at that mark, and returns equity.</summary>
    public double CloseDay(ReadOnlySpan<double> close)
    {
        double fees = 0;
        double value = _dailyBorrowRate == 0 ? MarkPositions(close) : MarkPositionsAndBorrow(close, out fees);
        if (_trades is not null && fees > 0)
            for (int s = 0; s < close.Length; s++)
            {
                double fee = BorrowFee(Shares[s] * Marks[s]);
                if (fee > 0) _trades.OnCost(s, fee);
            }
        Cash -= fees;
        Borrow += fees;
        return Cash + value;
    }

    /// <summary>
    /// <see cref="MarkPositions"/> and the day's borrow fees on the shorts at the new marks in one pass: the fees are
    /// summed lane by lane and then across lanes in the same order as a pass of their own would, so the figures are
    /// the same to the bit; the close row and the positions are read once instead of twice.
    /// </summary>
    private double MarkPositionsAndBorrow(ReadOnlySpan<double> row, out double fees)
    {
        var shares = Shares.AsSpan(0, row.Length);
        var marks = Marks.AsSpan(0, row.Length);
        int s = 0;
        double value = 0, feesInLanes = 0;
        if (Vectorised(row.Length))
        {
            ref double price = ref MemoryMarshal.GetReference(row);
            ref double mark = ref MemoryMarshal.GetReference(marks);
            ref double held = ref MemoryMarshal.GetReference(shares);
            var rate = Vector256.Create(_dailyBorrowRate);
            Vector256<double> sum = Vector256<double>.Zero, feeSum = Vector256<double>.Zero;
            for (; s <= row.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                var p = Vector256.LoadUnsafe(ref price, (nuint)s);
                var m = Vector256.ConditionalSelect(Vector256.Equals(p, p), p, Vector256.LoadUnsafe(ref mark, (nuint)s));
                m.StoreUnsafe(ref mark, (nuint)s);
                var position = Vector256.LoadUnsafe(ref held, (nuint)s) * m;
                sum += position;
                feeSum += Vector256.Max(-position, Vector256<double>.Zero) * rate;
            }
            value = Vector256.Sum(sum);
            feesInLanes = Vector256.Sum(feeSum);
        }
        double rest = 0, feesRest = 0;
        for (; s < row.Length; s++)
        {
            double p = row[s];
            marks[s] = double.IsNaN(p) ? marks[s] : p;
            rest += shares[s] * marks[s];
            feesRest += BorrowFee(shares[s] * marks[s]);
        }
        fees = feesInLanes + feesRest;
        return value + rest;
    }

    private double BorrowFee(double positionValue) => Math.Max(-positionValue, 0) * _dailyBorrowRate;

    /// <summary>
    /// Trades every symbol with a target (NaN = hold) and a price to the target, at the reference price moved by
    /// slippage against the trade, paying commission; returns the traded notional. A weight buys what the equity pays
    /// for at the fill price including slippage and commission; whole-share sizing truncates toward zero.
    /// </summary>
    public double TradeTo(ReadOnlySpan<double> targets, bool weights, ReadOnlySpan<double> reference, double equity,
        BacktestOptions options, int day)
    {
        var orders = new OrderRules(_costs, equity, weights, options);
        var shares = Shares.AsSpan(0, targets.Length);
        if (_trades is not null)
            for (int s = 0; s < targets.Length; s++)
            {
                var fill = orders.Fill(targets[s], reference[s], shares[s]);
                if (fill.Quantity != 0) _trades.OnFill(s, day, shares[s], fill.Quantity, fill.Price, fill.Commission);
            }

        int i = 0;
        Totals vectors = default, rest = default;
        if (Vectorised(targets.Length)) i = orders.FillVectors(targets, reference, shares, out vectors);
        for (; i < targets.Length; i++)
        {
            var fill = orders.Fill(targets[i], reference[i], shares[i]);
            rest.Add(fill);
            shares[i] = fill.Position;
        }
        var totals = vectors + rest;
        Cash -= totals.CashFlow;
        Commission += totals.Commission;
        Slippage += totals.Slippage;
        return totals.Traded;
    }

    /// <summary>One symbol's order: the position after it, the signed quantity, the fill price, the commission and the slippage paid.</summary>
    private readonly record struct Fill(double Position, double Quantity, double Price, double Commission, double Slippage);

    /// <summary>What a bar's orders add up to.</summary>
    private struct Totals
    {
        public double CashFlow, Commission, Slippage, Traded;

        public void Add(Fill fill)
        {
            CashFlow += fill.Quantity * fill.Price + fill.Commission;
            Commission += fill.Commission;
            Slippage += fill.Slippage;
            Traded += Math.Abs(fill.Quantity) * fill.Price;
        }

        public static Totals operator +(Totals a, Totals b) => new()
        {
            CashFlow = a.CashFlow + b.CashFlow, Commission = a.Commission + b.Commission,
            Slippage = a.Slippage + b.Slippage, Traded = a.Traded + b.Traded,
        };
    }

    /// <summary>How targets become orders on one bar: sizing, limits and costs.</summary>
    private readonly struct OrderRules(CostModel costs, double equity, bool weights, BacktestOptions options)
    {
        private readonly double _slip = costs.SlippageBps * 1e-4;
        private readonly double _rate = costs.CommissionBps * 1e-4, _perShare = costs.CommissionPerShare;
        private readonly double _costFactor = 1 + (costs.SlippageBps + costs.CommissionBps) * 1e-4;
        private readonly double _budget = equity > 0 ? equity : 0;
        private readonly bool _weights = weights, _whole = options.Sizing == Sizing.WholeShares, _longOnly = options.LongOnly;

        /// <summary>No target (NaN) or no price: no order, the position stays.</summary>
        public Fill Fill(double target, double price, double position)
        {
            if (double.IsNaN(target) || double.IsNaN(price)) return new Fill(position, 0, 0, 0, 0);
            if (_weights) target = target * _budget / (price * _costFactor + _perShare);
            else if (_longOnly) target = Math.Max(0, target);
            if (_whole) target = Math.Truncate(target);
            double quantity = target - position;
            double size = Math.Abs(quantity);
            double fillPrice = price * (1 + Math.CopySign(_slip, quantity));   // branch-free: the side is unpredictable
            return new Fill(target, quantity, fillPrice, size * fillPrice * _rate + size * _perShare, size * price * _slip);
        }

        /// <summary><see cref="Fill"/> four symbols at a time, positions updated in place; returns how far it got.</summary>
        public int FillVectors(ReadOnlySpan<double> targets, ReadOnlySpan<double> reference, Span<double> positions, out Totals totals)
        {
            ref double targetRef = ref MemoryMarshal.GetReference(targets);
            ref double priceRef = ref MemoryMarshal.GetReference(reference);
            ref double positionRef = ref MemoryMarshal.GetReference(positions);
            Vector256<double> zero = Vector256<double>.Zero, one = Vector256<double>.One, slip = Vector256.Create(_slip);
            Vector256<double> budget = Vector256.Create(_budget), costFactor = Vector256.Create(_costFactor);
            Vector256<double> rate = Vector256.Create(_rate), perShare = Vector256.Create(_perShare);
            Vector256<double> cashFlow = zero, commissionPaid = zero, slippagePaid = zero, traded = zero;
            int s = 0;
            for (; s <= targets.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                var target = Vector256.LoadUnsafe(ref targetRef, (nuint)s);
                var price = Vector256.LoadUnsafe(ref priceRef, (nuint)s);
                var position = Vector256.LoadUnsafe(ref positionRef, (nuint)s);
                var trades = Vector256.Equals(target, target) & Vector256.Equals(price, price);
                if (_weights) target = target * budget / (price * costFactor + perShare);
                else if (_longOnly) target = Vector256.Max(zero, target);
                if (_whole) target = Vector256.Truncate(target);
                // A lane without an order has quantity and price 0, so it adds exactly nothing to the sums.
                var quantity = Vector256.ConditionalSelect(trades, target - position, zero);
                price = Vector256.ConditionalSelect(trades, price, zero);
                var size = Vector256.Abs(quantity);
                var fillPrice = price * (one + Vector256.CopySign(slip, quantity));
                var commission = size * fillPrice * rate + size * perShare;
                cashFlow += quantity * fillPrice + commission;
                commissionPaid += commission;
                slippagePaid += size * price * slip;
                traded += size * fillPrice;
                Vector256.ConditionalSelect(trades, target, position).StoreUnsafe(ref positionRef, (nuint)s);
            }
            totals = new Totals
            {
                CashFlow = Vector256.Sum(cashFlow), Commission = Vector256.Sum(commissionPaid),
                Slippage = Vector256.Sum(slippagePaid), Traded = Vector256.Sum(traded),
            };
            return s;
        }
    }
}
