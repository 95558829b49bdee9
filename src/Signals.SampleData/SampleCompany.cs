namespace Signals.SampleData;

/// <summary>One fictional listed company of the sample universe.</summary>
/// <param name="Symbol">Fictional ticker, e.g. NWSC.</param>
/// <param name="Name">Company name as headlines spell it in full, e.g. "Northwind Semiconductor".</param>
/// <param name="ShortName">The name a headline writer shortens it to, e.g. "Northwind".</param>
/// <param name="Sector">One of <see cref="SampleUniverse.Sectors"/>.</param>
public sealed record SampleCompany(string Symbol, string Name, string ShortName, string Sector);
