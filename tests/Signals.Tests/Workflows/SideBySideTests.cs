using Signals.Workflows;

namespace Signals.Tests.Workflows;

public sealed class SideBySideTests
{
    [Fact]
    public void Every_step_runs_and_a_failure_is_thrown_as_itself_not_wrapped()
    {
        int ran = 0;
        var error = Assert.Throws<ArgumentException>(() => SideBySide.Run(
            () => Interlocked.Increment(ref ran),
            () => throw new ArgumentException("bad window"),
            () => Interlocked.Increment(ref ran)));
        Assert.Equal("bad window", error.Message);
        Assert.Equal(2, ran);
    }

    [Fact]
    public void When_several_fail_the_earliest_steps_failure_is_thrown_even_if_a_later_one_failed_first()
    {
        using var laterFailed = new ManualResetEventSlim();
        var error = Assert.Throws<InvalidOperationException>(() => SideBySide.Run(
            () =>
            {
                laterFailed.Wait(TimeSpan.FromSeconds(10));
                throw new InvalidOperationException("the first step's");
            },
            () =>
            {
                try { throw new FormatException("the second step's"); }
                finally { laterFailed.Set(); }
            }));
        Assert.Equal("the first step's", error.Message);
    }
}
