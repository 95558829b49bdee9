namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    // A kernel's scratch up to these sizes (8 KB and 4 KB) lives on the stack, so a call allocates nothing but its
    // result; longer inputs rent from the shared pools.
    private const int StackDoubles = 1024;
    private const int StackInts = 1024;
}
