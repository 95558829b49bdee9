using Signals.Data;

namespace Signals.Tests.Data;

public sealed class ChunkedColumnTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]             // past the first, small chunk
    [InlineData(65_536)]         // exactly one full chunk
    [InlineData(200_003)]        // several chunks and a part
    public void Values_read_back_by_index_and_move_out_in_any_order(int count)
    {
        var column = new ChunkedColumn<long>();
        for (int i = 0; i < count; i++) Assert.Equal(i, column.Add(i * 3L));
        Assert.Equal(count, column.Count);
        for (int i = 0; i < count; i++) Assert.Equal(i * 3L, column[i]);
        if (count > 0) column[count - 1] = -1;   // a value can be replaced in place

        int[] order = [.. Enumerable.Range(0, count).Where(i => i % 3 != 1).Reverse()];
        var moved = column.MoveOut(order);
        Assert.Equal(order.Select(i => i == count - 1 ? -1 : i * 3L), moved);
        Assert.Equal(0, column.Count);
    }

    [Fact]
    public void Reading_past_the_values_added_is_refused()
    {
        var column = new ChunkedColumn<int>();
        column.Add(7);
        Assert.Throws<ArgumentOutOfRangeException>(() => column[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => column[-1]);
        Assert.Equal(7, column[0]);
    }
}
