using Signals.Data;

namespace Signals.Features;

/// <summary>
/// A cross-sectional signal whose half-life is chosen when it is read: per day and symbol a flow (Σ of scores) and its
/// weight (how many scores, or Σ confidence), turned into the decayed ratio (Σ_{j≤d} α^{d−j} flow_j) / (Σ_{j≤d} α^{d−j} weight_j)
/// with α^halfLife = ½. Only past rows enter; NaN until the first weight. Row d is what is known at day d's decision
/// point of <see cref="Timing"/>.
/// </summary>
/// <remarks>
/// This is what a backtest sees of a signal, sentiment or not: <see cref="DailySentiment"/> is one way to make it; any
/// <see cref="Panel"/> of scores is another (<see cref="FromScores"/>). Keeping the flow rather than one decayed panel
/// lets the fast kernel advance the decay a day at a time beside its trading loop and sweep half-lives without writing a
/// day × symbol panel per configuration.
/// </remarks>
public sealed class DecayingSignal
{
    /// <summary>A signal from a flow and its weight on the same days and symbols, row d known at day d's <paramref name="timing"/> decision point.</summary>
    /// <exception cref="ArgumentException">The two panels differ in days or symbols.</exception>
    public DecayingSignal(Panel flow, Panel weight, DecisionTiming timing)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(weight);
        if (!flow.Dates.AsSpan().SequenceEqual(weight.Dates) || !flow.Symbols.AsSpan().SequenceEqual(weight.Symbols))
            throw new ArgumentException("The flow and its weight must share days and symbols.", nameof(weight));
        Flow = flow; Weight = weight; Timing = timing;
    }

    /// <summary>Σ of the day's scores (0 on a day without any).</summary>
    public Panel Flow { get; }
    /// <summary>The weight behind the day's flow (0 on a day without scores).</summary>
    public Panel Weight { get; }
    /// <summary>The decision point at which row d is known.</summary>
    public DecisionTiming Timing { get; }
    /// <summary>The decision days (rows).</summary>
    public DateOnly[] Dates => Flow.Dates;
    /// <summary>The symbols (columns).</summary>
    public string[] Symbols => Flow.Symbols;

    /// <summary>The whole decayed panel for one half-life (what the general engine is given).</summary>
    public Panel At(double halfLifeDays)
    {
        var result = new Panel(Dates, Symbols, new double[Flow.Values.Length]);
        SentimentDecay.DecayedRatio(Flow.Values, Weight.Values, Symbols.Length, halfLifeDays, result.Values);
        return result;
    }

    /// <summary>
    /// A panel of scores as a decaying signal: each finite score is a flow of itself with weight 1, so a half-life turns
    /// the panel into an exponentially weighted mean of the scores seen so far; missing (NaN) or infinite scores carry no weight.
    /// </summary>
    public static DecayingSignal FromScores(Panel scores, DecisionTiming timing)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var flow = new double[scores.Values.Length];
        var weight = new double[scores.Values.Length];
        for (int i = 0; i < flow.Length; i++)
            if (double.IsFinite(scores.Values[i])) { flow[i] = scores.Values[i]; weight[i] = 1; }
        return new DecayingSignal(new Panel(scores.Dates, scores.Symbols, flow), new Panel(scores.Dates, scores.Symbols, weight), timing);
    }
}
