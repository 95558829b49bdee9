using System.Globalization;
using Signals.SampleData;

namespace Signals.Tests.SampleData;

public sealed class HeadlineGrammarTests
{
    private static readonly CompanyProfile[] Profiles = CompanyProfile.Draw(new Random(3));

    [Fact]
    public void Choices_nest_and_optional_words_leave_no_double_spaces()
    {
        var slots = new HeadlineSlots().Set("co", "Northwind");
        var seen = new HashSet<string>();
        var rng = new Random(1);
        for (int i = 0; i < 400; i++) seen.Add(HeadlineGrammar.Expand("{co} [rises|falls [sharply|]] [|today] now", slots, rng));
        Assert.Equal(
            new[] { "Northwind falls now", "Northwind falls sharply now", "Northwind falls sharply today now", "Northwind falls today now", "Northwind rises now", "Northwind rises today now" },
            seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_headline_starts_with_a_capital_letter()
    {
        var slots = new HeadlineSlots().Set("sector_word", "chipmakers");
        Assert.Equal("Chipmakers rally", HeadlineGrammar.Expand("{sector_word} rally", slots, new Random(1)));
    }

    [Fact]
    public void A_slot_the_headline_does_not_fill_is_an_error_naming_the_template()
    {
        var ex = Assert.Throws<FormatException>(() => HeadlineGrammar.Expand("{nope} here", new HeadlineSlots(), new Random(1)));
        Assert.Contains("{nope}", ex.Message);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(-0.8)]
    [InlineData(0.0)]
    public void Every_template_of_every_event_expands_cleanly(double tone)
    {
        var writer = new HeadlineWriter(Profiles, new Random(5));
        var facts = new HeadlineFacts(new DateOnly(2023, 5, 2), 84.5, 1, 2023, new DateOnly(2023, 5, 9), true, 0.061, 89.66, "Northwind and Halcyon");
        foreach (var kind in NewsEvents.All())
        foreach (var template in kind.Templates)
        foreach (var p in Profiles.Where(p => p.Index % 7 == 0))
        {
            var slots = writer.Slots(p, tone, facts);
            for (int k = 0; k < 4; k++)
            {
                var text = HeadlineGrammar.Expand(template, slots, new Random(k));
                Assert.True(text.IndexOfAny(['{', '}', '[', ']', '|']) < 0, $"unexpanded syntax in \"{text}\" from \"{template}\"");
                Assert.DoesNotContain("  ", text);
                Assert.True(char.IsUpper(text[0]) || char.IsDigit(text[0]), text);
            }
        }
    }

    [Fact]
    public void Numbers_in_a_headline_point_the_way_its_tone_does()
    {
        var writer = new HeadlineWriter(Profiles, new Random(9));
        var facts = new HeadlineFacts(new DateOnly(2022, 8, 1), 120, 2, 2022);
        for (int i = 0; i < 50; i++)
        {
            var p = Profiles[i % Profiles.Length];
            var good = writer.Slots(p, 0.6, facts);
            var bad = writer.Slots(p, -0.6, facts);
            Assert.True(Money(good, "eps") > Money(good, "est"), "a beat reports EPS above the estimate");
            Assert.True(Money(bad, "eps") < Money(bad, "est"), "a miss reports EPS below the estimate");
            Assert.True(Money(good, "pt") > Money(good, "old_pt"), "a raise lifts the target");
            Assert.True(Money(bad, "pt") < Money(bad, "old_pt"), "a cut lowers the target");
            if (p.QuarterlyDividend <= 0) continue; // dividend changes are only written for payers
            Assert.True(Money(good, "div") > Money(good, "old_div"), "a raise lifts the dividend");
            Assert.True(Money(bad, "div") < Money(bad, "old_div"), "a cut lowers the dividend");
        }
    }

    private static double Money(HeadlineSlots slots, string name) =>
        double.Parse(slots.Pick(name, new Random(0), name).TrimStart('$'), CultureInfo.InvariantCulture);
}
