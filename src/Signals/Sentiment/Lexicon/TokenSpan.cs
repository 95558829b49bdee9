namespace Signals.Sentiment.Lexicon;

/// <summary>Where one token sits in the lowercased text: tokens are slices of it, never strings of their own.</summary>
internal readonly record struct TokenSpan(int Start, int Length);
