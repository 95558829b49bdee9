using Signals.SampleData;

namespace Signals.Tests.SampleData;

public sealed class NewsImpactTests
{
    [Fact]
    public void An_overnight_headline_jumps_the_gap_and_drifts_from_the_decision_days_session()
    {
        var impact = new NewsImpact(dayCount: 10, symbolCount: 3);
        impact.Add(new NewsTiming(ReactionDay: 2, DuringSession: false, DecisionDay: 2), symbol: 1, tone: 0.5);

        Assert.Equal(PlantedEffect.JumpPerTone * 0.5, impact.OvernightJump[2 * 3 + 1], 15);
        Assert.Equal(0, impact.IntradayJump[2 * 3 + 1]);
        for (int k = 0; k < 5; k++)
            Assert.Equal(PlantedEffect.DriftPerTone * PlantedEffect.DriftWeights[k] * 0.5, impact.IntradayDrift[(2 + k) * 3 + 1], 15);
        Assert.Equal(0, impact.IntradayDrift[7 * 3 + 1]);
        Assert.Equal(0, impact.IntradayDrift[2 * 3 + 0]);
        Assert.Equal(1, impact.Headlines[2 * 3 + 1]);
    }

    [Fact]
    public void A_session_headline_jumps_that_session_and_drifts_from_the_next()
    {
        var impact = new NewsImpact(dayCount: 10, symbolCount: 2);
        impact.Add(new NewsTiming(ReactionDay: 4, DuringSession: true, DecisionDay: 5), symbol: 0, tone: -1);

        Assert.Equal(-PlantedEffect.JumpPerTone, impact.IntradayJump[4 * 2], 15);
        Assert.Equal(0, impact.IntradayDrift[4 * 2]);
        Assert.Equal(-PlantedEffect.DriftPerTone * PlantedEffect.DriftWeights[0], impact.IntradayDrift[5 * 2], 15);
    }

    [Fact]
    public void Drift_past_the_last_session_is_dropped_and_a_zero_tone_moves_nothing()
    {
        var impact = new NewsImpact(dayCount: 4, symbolCount: 1);
        impact.Add(new NewsTiming(3, false, 3), 0, 0.4);
        impact.Add(new NewsTiming(1, false, 1), 0, 0.0);
        Assert.Equal(PlantedEffect.DriftPerTone * PlantedEffect.DriftWeights[0] * 0.4, impact.IntradayDrift[3], 15);
        Assert.Equal(0, impact.IntradayDrift[1]);
        Assert.Equal(0, impact.OvernightJump[1]);
        Assert.Equal(1, impact.Headlines[1]);
    }
}
