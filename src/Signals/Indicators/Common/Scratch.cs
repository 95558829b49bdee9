namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    // A kernel's scratch up to this size (8 KB) lives on the stack, so a call allocates nothing but its result;
    // longer inputs rent from the shared pool.
    private const int StackDoubles = 1024;
}
