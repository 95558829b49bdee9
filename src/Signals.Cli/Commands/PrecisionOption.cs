using Signals.Sentiment.Embedded;

namespace Signals.Cli.Commands;

/// <summary>`--precision fp32|int8`: the embedded scorer's weights, spelled and read the same way by every command that scores.</summary>
internal static class PrecisionOption
{
    public const string Template = "--precision <PRECISION>";

    public const string Description =
        "Embedded scorer's weights: int8 (the packaged model quantised by the kit at load, faster) or fp32 (the packaged model). Default: the library's (EmbeddingPrecisions.Default). The scorer's name, and so its cache key, says which.";

    /// <summary>Null when <paramref name="text"/> is absent or names a precision; otherwise the error to show.</summary>
    public static string? Error(string? text) =>
        text is null || EmbeddingPrecisions.Names.Contains(text.Trim().ToLowerInvariant())
            ? null
            : $"--precision must be one of: {string.Join(", ", EmbeddingPrecisions.Names)}";

    /// <summary>The precision asked for, or the library's default when the option is absent.</summary>
    public static EmbeddingPrecision Parse(string? text) =>
        text is null ? EmbeddingPrecisions.Default : EmbeddingPrecisions.Parse(text);
}
