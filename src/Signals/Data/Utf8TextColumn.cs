using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Signals.Data;

/// <summary>
/// A column of texts held as UTF-8 in a <see cref="Utf8Arena"/>, a handle a row, with the rare text the arena declines
/// (no UTF-8 form, or over a megabyte) kept as a string beside it: what a news table keeps its ids and its headlines in.
/// </summary>
internal sealed class Utf8TextColumn(Utf8Arena arena, long[] handles, SparseColumn<string> odd)
{
    public int Count => handles.Length;

    /// <summary>Row <paramref name="row"/>'s text as a new string.</summary>
    public string Text(int row) => handles[row] == Utf8Arena.NotStored ? odd[row]! : arena.Text(handles[row]);

    /// <summary>Row <paramref name="row"/>'s UTF-8 bytes without a copy; false (and no bytes) for a text kept as a string.</summary>
    public bool TryGetUtf8(int row, out ReadOnlySpan<byte> utf8)
    {
        long handle = handles[row];
        utf8 = handle == Utf8Arena.NotStored ? default : arena.Bytes(handle);
        return handle != Utf8Arena.NotStored;
    }

    /// <summary>Whether row <paramref name="row"/>'s text is <paramref name="text"/> (ordinal), without making a string.</summary>
    public bool TextEquals(int row, ReadOnlySpan<char> text) =>
        TryGetUtf8(row, out var utf8) ? Utf8Arena.TextEquals(utf8, text) : text.SequenceEqual(odd[row]);

    /// <summary>Decodes row <paramref name="row"/>'s text into <paramref name="destination"/> and returns its length in chars.</summary>
    public int CopyTo(int row, Span<char> destination)
    {
        if (TryGetUtf8(row, out var utf8)) return System.Text.Encoding.UTF8.GetChars(utf8, destination);
        var text = odd[row]!;
        text.AsSpan().CopyTo(destination);
        return text.Length;
    }

    /// <summary>At least the length in chars of every text (a UTF-8 text has no more chars than bytes).</summary>
    public int MaxChars()
    {
        int max = 0;
        for (int row = 0; row < handles.Length; row++)
            max = Math.Max(max, handles[row] == Utf8Arena.NotStored ? odd[row]!.Length : Utf8Arena.ByteLength(handles[row]));
        return max;
    }
}

/// <summary>Collects a <see cref="Utf8TextColumn"/> row by row, in the order read; <see cref="Build"/> lays it out in another.</summary>
internal sealed class Utf8TextColumnBuilder
{
    // Chunked, not doubled: the handles hold no more than the rows read, and growing copies nothing.
    private readonly ChunkedColumn<long> _handles = new();
    private readonly Utf8Arena _arena = new();
    private readonly Dictionary<int, string> _odd = [];

    /// <summary>How many rows were added.</summary>
    public int Count => _handles.Count;

    /// <summary>Adds a row's text and returns its row number.</summary>
    public int Add(ReadOnlySpan<char> text)
    {
        long handle = _arena.Append(text);
        int row = _handles.Add(handle);
        if (handle == Utf8Arena.NotStored) _odd[row] = text.ToString();
        return row;
    }

    /// <summary>Row <paramref name="row"/>'s text as a new string.</summary>
    public string Text(int row) => _handles[row] == Utf8Arena.NotStored ? _odd[row] : _arena.Text(_handles[row]);

    /// <summary>
    /// A 64-bit hash of row <paramref name="row"/>'s text, from its bytes without making a string: equal texts hash
    /// equal (different texts may too). A text kept as a string hashes its UTF-16 bytes: it equals no text the arena
    /// holds, so the two forms need not hash alike.
    /// </summary>
    public ulong Hash(int row) => _handles[row] == Utf8Arena.NotStored
        ? XxHash3.HashToUInt64(MemoryMarshal.AsBytes(_odd[row].AsSpan()))
        : XxHash3.HashToUInt64(_arena.Bytes(_handles[row]));

    /// <summary>Whether rows <paramref name="a"/> and <paramref name="b"/> hold the same text (ordinal), compared by their bytes.</summary>
    public bool Same(int a, int b)
    {
        long x = _handles[a], y = _handles[b];
        // A text the arena declines has no UTF-8 form or a longer one than any it keeps: it equals no text it holds.
        if (x == Utf8Arena.NotStored || y == Utf8Arena.NotStored)
            return x == y && string.Equals(_odd[a], _odd[b], StringComparison.Ordinal);
        return _arena.Bytes(x).SequenceEqual(_arena.Bytes(y));
    }

    /// <summary>The column of the rows numbered in <paramref name="order"/>, in that order; the bytes stay where they are.</summary>
    public Utf8TextColumn Build(ReadOnlySpan<int> order)
    {
        var handles = _handles.MoveOut(order);
        _arena.TrimExcess();
        return new Utf8TextColumn(_arena, handles, SparseColumn<string>.Renumbered(_odd, order));
    }
}
