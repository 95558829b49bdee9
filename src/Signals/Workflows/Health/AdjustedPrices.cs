namespace Signals.Workflows.Health;

/// <summary>
/// Rule "adjusted-prices": returns from raw closes read a 2-for-1 split as a −50 % day and miss every dividend;
/// a study wants split- and dividend-adjusted closes. Ok when the loader says the prices are adjusted, a warning
/// when it says they are raw or does not say.
/// </summary>
public static class AdjustedPrices
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "adjusted-prices";

    /// <summary>The verdict from the loader's flag (null = not stated).</summary>
    public static HealthCheck Check(bool? adjusted) => adjusted switch
    {
        true => HealthCheck.Ok(Id, "prices are adjusted for splits and dividends"),
        false => HealthCheck.Warn(Id, "prices are raw closes: a split reads as a price move and dividends are missing from returns"),
        null => HealthCheck.Warn(Id, "the price data does not say whether closes are adjusted for splits and dividends; with raw closes a split reads as a price move"),
    };
}
