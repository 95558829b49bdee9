namespace Signals.Sentiment;

public enum SentimentLabel
{
    Negative = -1,
    Neutral = 0,
    Positive = 1,
}
