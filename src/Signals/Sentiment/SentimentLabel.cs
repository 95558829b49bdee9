namespace Signals.Sentiment;

/// <summary>The three-way sentiment of a text towards the company it names; the values are the sign of a score.</summary>
public enum SentimentLabel
{
    /// <summary>Bad news for the company (score below 0).</summary>
    Negative = -1,
    /// <summary>Neither good nor bad news, or no news about the company.</summary>
    Neutral = 0,
    /// <summary>Good news for the company (score above 0).</summary>
    Positive = 1,
}
