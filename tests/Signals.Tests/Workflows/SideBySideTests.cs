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
}
