using Signals.Features;

namespace Signals.Workflows;

/// <summary>
/// The decision to study news as one series through time: the reason, the headlines that make up the series (each
/// counted once) and, for <see cref="MarketNewsMode.SingleName"/>, the one name it is about.
/// </summary>
public sealed record MarketNewsRoute(MarketNewsMode Mode, string Reason, IReadOnlyList<ScoredHeadline> Headlines, string? Name = null);
