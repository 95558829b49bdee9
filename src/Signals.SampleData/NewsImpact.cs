namespace Signals.SampleData;

/// <summary>
/// What the news does to each symbol-day, accumulated as headlines are written and read by the price model
/// when it builds that day's bar. Arrays are day-major: [day * symbolCount + symbol].
/// </summary>
internal sealed class NewsImpact
{
    private readonly int _symbols, _days;

    public NewsImpact(int dayCount, int symbolCount)
    {
        _days = dayCount;
        _symbols = symbolCount;
        OvernightJump = new double[dayCount * symbolCount];
        IntradayJump = new double[dayCount * symbolCount];
        IntradayDrift = new double[dayCount * symbolCount];
        Headlines = new int[dayCount * symbolCount];
        EarningsShock = new bool[dayCount * symbolCount];
    }

    public double[] OvernightJump { get; }
    public double[] IntradayJump { get; }
    public double[] IntradayDrift { get; }
    public int[] Headlines { get; }

    /// <summary>An earnings report reaches prices that day: the reaction carries extra noise beyond the tone.</summary>
    public bool[] EarningsShock { get; }

    /// <summary>Plants one headline's effect (see <see cref="PlantedEffect"/>) on one symbol.</summary>
    public void Add(NewsTiming timing, int symbol, double tone)
    {
        int r = timing.ReactionDay * _symbols + symbol;
        Headlines[r]++;
        if (tone == 0) return;
        if (timing.DuringSession) IntradayJump[r] += PlantedEffect.JumpPerTone * tone;
        else OvernightJump[r] += PlantedEffect.JumpPerTone * tone;
        var weights = PlantedEffect.DriftWeights;
        for (int k = 0; k < weights.Count && timing.DecisionDay + k < _days; k++)
            IntradayDrift[(timing.DecisionDay + k) * _symbols + symbol] += PlantedEffect.DriftPerTone * weights[k] * tone;
    }

    public void MarkEarnings(int reactionDay, int symbol) => EarningsShock[reactionDay * _symbols + symbol] = true;
}
