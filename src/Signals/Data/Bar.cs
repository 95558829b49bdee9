namespace Signals.Data;

/// <summary>One OHLCV bar. The timestamp carries its offset so that "which day" is never ambiguous.</summary>
public readonly record struct Bar(DateTimeOffset Timestamp, double Open, double High, double Low, double Close, double Volume);
