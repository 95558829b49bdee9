using System.Globalization;
using Signals.Data;

namespace Signals.Tests.Data;

/// <summary>The plain-decimal fast path gives the general parser's double, bit for bit, or declines.</summary>
public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("77.68")]
    [InlineData("378000")]
    [InlineData("0")]
    [InlineData("0.1")]
    [InlineData("007.50")]
    [InlineData("9007199254740992")]
    [InlineData("0.000000000000000001")]
    [InlineData("1234567.891234567")]
    public void Plain_decimals_are_taken_and_equal_the_general_parse(string text)
    {
        Assert.True(DecimalText.TryParsePlain(text, out double value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1.5")]
    [InlineData("+1.5")]
    [InlineData("1e5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData(" 1")]
    [InlineData("1,5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("9007199254740993")]
    [InlineData("12345678901234567890")]
    [InlineData("1.2345678901234567890")]
    public void Anything_else_is_left_to_the_general_parser(string text) =>
        Assert.False(DecimalText.TryParsePlain(text, out _));

    [Fact]
    public void Random_decimals_equal_the_general_parse_whenever_taken()
    {
        var random = new Random(7);
        int taken = 0;
        for (int n = 0; n < 200_000; n++)
        {
            int digits = random.Next(1, 21);
            var chars = new char[digits];
            for (int i = 0; i < digits; i++) chars[i] = (char)('0' + random.Next(10));
            string text = new(chars);
            int point = random.Next(0, digits + 1);
            if (point > 0 && point < digits) text = text[..point] + "." + text[point..];
            if (!DecimalText.TryParsePlain(text, out double value)) continue;
            taken++;
            double expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value), $"'{text}': {value:R} vs {expected:R}");
        }
        Assert.True(taken > 100_000, $"only {taken} taken");
    }
}
