namespace Signals.Data;

/// <summary>
/// The plain decimals that fill price files ("77.68", "378000") read without the general number parser, which spent
/// a third of a large load's time on them. Only digits with an optional fraction are taken, and only when the result
/// is exact by construction: a mantissa below 2^53 and at most 22 fraction digits are both exact doubles, so one
/// IEEE division rounds their quotient correctly (Clinger's fast path) — the same double, bit for bit, that
/// <see cref="double.Parse(string, IFormatProvider)"/> gives. Anything else (signs, exponents, a leading or trailing
/// point, more than 19 digits, spaces) is left to the caller's general parse, with its rules and its errors.
/// </summary>
internal static class DecimalText
{
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    private const ulong ExactMantissaLimit = 1UL << 53;

    /// <summary>Parses <c>digits[.digits]</c> when the result is exact by construction; false leaves it to the general parser.</summary>
    public static bool TryParsePlain(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        int length = text.Length;
        // 19 digits cannot overflow the mantissa; a point makes the 20th character.
        if (length == 0 || length > 20) return false;
        ulong mantissa = 0;
        int point = -1;
        for (int i = 0; i < length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                mantissa = mantissa * 10 + digit;
                continue;
            }
            if (text[i] != '.' || point >= 0 || i == 0 || i == length - 1) return false;
            point = i;
        }
        if (point < 0 && length == 20) return false;
        int fractionDigits = point < 0 ? 0 : length - point - 1;
        if (mantissa > ExactMantissaLimit || fractionDigits >= PowersOfTen.Length) return false;
        value = (double)mantissa / PowersOfTen[fractionDigits];
        return true;
    }
}
