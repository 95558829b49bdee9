using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Signals.Data;

/// <summary>
/// Texts kept as UTF-8 back to back in a few large byte chunks instead of one UTF-16 string each: a 60-character
/// headline costs 60 bytes here against about 142 as a string (object header, length, two bytes a character), and the
/// collector sees a few dozen arrays instead of millions of objects. A text is found by a handle that packs its chunk,
/// offset and length into one long, so a column of handles costs 8 bytes a row. Texts never straddle chunks; appending
/// is the only change, so a handle stays valid for the arena's life.
/// </summary>
internal sealed class Utf8Arena
{
    /// <summary>The handle of a text the arena declined (see <see cref="Append"/>); the caller keeps that text as a string.</summary>
    public const long NotStored = -1;

    /// <summary>The longest text kept, in UTF-8 bytes: what the handle's length field holds.</summary>
    public const int MaxTextBytes = (1 << LengthBits) - 1;

    private const int LengthBits = 20;
    private const int OffsetBits = 22;
    private const int MaxChunkBytes = 1 << OffsetBits;
    // A small first chunk for the small loads of tests and notebooks; chunks double up to the largest.
    private const int FirstChunkBytes = 4096;
    // The chunk index must leave the handle's sign bit clear, so that no handle is NotStored.
    private const int MaxChunks = 1 << (63 - LengthBits - OffsetBits);

    private readonly List<byte[]> _chunks = [];
    private int _used;

    /// <summary>
    /// Appends <paramref name="text"/> as UTF-8 and returns its handle, or <see cref="NotStored"/> when it would not
    /// come back as it was (an unpaired surrogate has no UTF-8 form) or is longer than <see cref="MaxTextBytes"/>.
    /// </summary>
    public long Append(ReadOnlySpan<char> text)
    {
        // A UTF-8 form is never shorter than the UTF-16 one, so a text this long cannot fit the length field.
        if (text.Length > MaxTextBytes) return NotStored;
        // Every empty text shares one handle that points at no chunk (an offset at a full chunk's end would not fit its field).
        if (text.IsEmpty) return 0;
        int written = 0;
        var status = _chunks.Count == 0 ? OperationStatus.DestinationTooSmall : Encode(text, out written);
        if (status == OperationStatus.DestinationTooSmall)
        {
            // Three bytes a UTF-16 unit is the most UTF-8 needs, and it fits the largest chunk: one retry settles it.
            AddChunk(text.Length * 3);
            status = Encode(text, out written);
        }
        if (status != OperationStatus.Done || written > MaxTextBytes) return NotStored;
        long handle = ((long)(_chunks.Count - 1) << (OffsetBits + LengthBits)) | ((long)_used << LengthBits) | (uint)written;
        _used += written;
        return handle;
    }

    /// <summary>The UTF-8 bytes of the text behind <paramref name="handle"/>.</summary>
    public ReadOnlySpan<byte> Bytes(long handle)
    {
        int chunk = (int)(handle >>> (OffsetBits + LengthBits));
        int offset = (int)(handle >>> LengthBits) & (MaxChunkBytes - 1);
        int length = (int)handle & MaxTextBytes;
        if (length == 0) return [];
        return _chunks[chunk].AsSpan(offset, length);
    }

    /// <summary>The text behind <paramref name="handle"/> as a new string.</summary>
    public string Text(long handle) => Encoding.UTF8.GetString(Bytes(handle));

    /// <summary>Whether <paramref name="utf8"/> (valid UTF-8, as the arena holds) spells <paramref name="text"/> exactly, without decoding into a buffer.</summary>
    public static bool TextEquals(ReadOnlySpan<byte> utf8, ReadOnlySpan<char> text)
    {
        // A UTF-16 unit takes one to three UTF-8 bytes; as many bytes as units means every one is ASCII.
        if (utf8.Length < text.Length || utf8.Length > 3L * text.Length) return false;
        if (utf8.Length == text.Length) return Ascii.Equals(utf8, text);
        while (!text.IsEmpty)
        {
            // An unpaired surrogate in the text has no UTF-8 form, so nothing the arena holds spells it.
            if (Rune.DecodeFromUtf16(text, out var expected, out int chars) != OperationStatus.Done) return false;
            if (Rune.DecodeFromUtf8(utf8, out var found, out int bytes) != OperationStatus.Done || found != expected) return false;
            text = text[chars..];
            utf8 = utf8[bytes..];
        }
        return utf8.IsEmpty;
    }

    /// <summary>How many UTF-8 bytes the text behind <paramref name="handle"/> has.</summary>
    public static int ByteLength(long handle) => (int)handle & MaxTextBytes;

    /// <summary>Cuts the last chunk to what it holds, once no more texts will come: up to a chunk's size given back.</summary>
    public void TrimExcess()
    {
        if (_chunks.Count == 0) return;
        var last = _chunks[^1];
        if (last.Length == _used) return;
        Array.Resize(ref last, _used);
        _chunks[^1] = last;
    }

    private OperationStatus Encode(ReadOnlySpan<char> text, out int written) =>
        Utf8.FromUtf16(text, _chunks[^1].AsSpan(_used), out _, out written, replaceInvalidSequences: false);

    private void AddChunk(int atLeast)
    {
        if (_chunks.Count == MaxChunks) throw new InvalidOperationException($"the text arena is full ({MaxChunks} chunks of up to {MaxChunkBytes} bytes)");
        int size = _chunks.Count == 0 ? FirstChunkBytes : Math.Min(MaxChunkBytes, _chunks[^1].Length * 2);
        _chunks.Add(new byte[Math.Max(size, atLeast)]);
        _used = 0;
    }
}
