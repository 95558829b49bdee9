namespace Signals.Data;

/// <summary>One OHLCV bar. The timestamp carries its offset so that "which day" is never ambiguous.</summary>
/// <param name="Timestamp">When the bar is stamped, with its offset; daily bars carry the exchange date at midnight.</param>
/// <param name="Open">Opening price.</param>
/// <param name="High">High price.</param>
/// <param name="Low">Low price.</param>
/// <param name="Close">Closing price.</param>
/// <param name="Volume">Volume in shares.</param>
public readonly record struct Bar(DateTimeOffset Timestamp, double Open, double High, double Low, double Close, double Volume);
