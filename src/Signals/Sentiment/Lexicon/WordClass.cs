namespace Signals.Sentiment.Lexicon;

/// <summary>The word lists of <see cref="FinancialLexicon"/> a token belongs to, as bits, so one lookup answers them all.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Positive = 1 << 0,
    Negative = 1 << 1,
    Uncertainty = 1 << 2,
    Routine = 1 << 3,
    GoodMetric = 1 << 4,
    BadMetric = 1 << 5,
    Up = 1 << 6,
    Down = 1 << 7,
    Negator = 1 << 8,
    Transitive = 1 << 9,

    /// <summary>"to", "into", "by", "as", "on", "after": what follows names where a quantity landed, not what moved.</summary>
    Landing = 1 << 10,
}
