using Signals.Workflows.Claims;
using Signals.Workflows.LookAhead;
using Signals.Workflows.Trials;

namespace Signals.Tests.Workflows.Claims;

public sealed class StudyClaimsTests
{
    private static StudyTrials Trials(int count, double dsr)
    {
        var c = new TrialConfiguration("x", null, null, null, "sentiment-longshort", new Dictionary<string, string>(), new DateOnly(2020, 1, 2), new DateOnly(2021, 1, 4), "d");
        var t = new StudyTrial(c, 1.2, 252, 252, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);
        return new StudyTrials("trials.jsonl", count, count, false, t, 0.001, 0.05, 0.97, dsr);
    }

    private static LookAheadAuditResult Audit(bool memorised)
    {
        var s = new LookAheadSignal(0.3, 8, 200, 2);
        var a = new LookAheadSignal(0.0, 0.1, 200, 0.1);
        var before = new LookAheadPeriod("before", new DateOnly(2020, 1, 2), new DateOnly(2020, 10, 30), 210, s, a,
            0.3, memorised ? 0.25 : -0.05, 0.35, 1.0, true);
        return new LookAheadAuditResult("m/p", new DateOnly(2020, 10, 30), "--cutoff", [before], "verdict.", 0.95);
    }

    [Fact]
    public void The_paragraph_names_each_limit_and_says_what_was_not_measured()
    {
        var none = StudyClaims.Paragraph(null, null, null, 1.5);
        Assert.Contains("unknown (no trials file was kept)", none);
        Assert.Contains("was not measured (no look-ahead audit)", none);
        Assert.Contains("No data health checks ran", none);

        var all = StudyClaims.Paragraph(Trials(3, 0.4), Audit(memorised: true), ["prices unadjusted"], 1.5);
        Assert.Contains("3 trials recorded", all);
        Assert.Contains("cannot claim skill beyond what selection", all);
        Assert.Contains("found memorisation before the model's cut-off (100", all);
        Assert.Contains("failed 1 health check (prices unadjusted)", all);

        var clean = StudyClaims.Paragraph(Trials(3, 0.99), Audit(memorised: false), [], 1.5);
        Assert.Contains("survives the selection", clean);
        Assert.Contains("found no sign", clean);
        Assert.Contains("passed every health check", clean);
    }
}
