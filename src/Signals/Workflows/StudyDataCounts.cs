namespace Signals.Workflows;

/// <summary>How the news met the prices: every headline is accounted for.</summary>
/// <param name="Headlines">Headlines read.</param>
/// <param name="Scored">Headlines with a usable score (<see cref="Features.ScoredHeadline.IsUsable(Sentiment.SentimentResult)"/>).</param>
/// <param name="FailedScores">Headlines whose score failed or was excluded (never counted as 0): the kit's one count of failures.</param>
/// <param name="UnmatchedTicker">Scored headlines naming no traded symbol.</param>
/// <param name="OutsidePriceSpan">Headline-symbol pairs before or after the prices.</param>
/// <param name="OutsideWindow">Headline-symbol pairs inside the prices but outside the study's window.</param>
/// <param name="Used">Headline-symbol pairs that feed the window's signal.</param>
/// <param name="UnmatchedTickers">The tickers named that have no prices, sorted.</param>
public sealed record StudyDataCounts(
    int Headlines, int Scored, int FailedScores, int UnmatchedTicker, int OutsidePriceSpan, int OutsideWindow, int Used,
    IReadOnlyList<string> UnmatchedTickers);
