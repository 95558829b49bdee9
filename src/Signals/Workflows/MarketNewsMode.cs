namespace Signals.Workflows;

/// <summary>Why a study runs as a time-series study of one sentiment series rather than a cross-sectional long-short.</summary>
public enum MarketNewsMode
{
    /// <summary>The caller said the news is about the market (<c>--market-news</c>): every headline counts once, whatever names it carries.</summary>
    Declared,
    /// <summary>No headline names a symbol: the news is about the market, not a company.</summary>
    NoSymbols,
    /// <summary>Every traded name has the same sentiment every day (market news attached to all names): the cross-section has no spread.</summary>
    IdenticalScores,
    /// <summary>Every headline names the same one traded symbol: there is nothing to rank it against, so that name is timed.</summary>
    SingleName,
}
