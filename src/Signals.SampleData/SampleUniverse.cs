namespace Signals.SampleData;

/// <summary>
/// The fictional universe: 42 companies, seven in each of six sectors. Names and tickers are invented; any likeness to a listed
/// company is accidental.
/// </summary>
public static class SampleUniverse
{
    public const string Technology = "Technology";
    public const string Healthcare = "Healthcare";
    public const string Financials = "Financials";
    public const string Consumer = "Consumer";
    public const string Energy = "Energy";
    public const string Industrials = "Industrials";

    public static IReadOnlyList<string> Sectors { get; } = [Technology, Healthcare, Financials, Consumer, Energy, Industrials];

    public static IReadOnlyList<SampleCompany> Companies { get; } =
    [
        new("NWSC", "Northwind Semiconductor", "Northwind", Technology),
        new("HLCN", "Halcyon Software", "Halcyon", Technology),
        new("QFSY", "Quillfeather Systems", "Quillfeather", Technology),
        new("BFNW", "Bluefin Networks", "Bluefin", Technology),
        new("CBLC", "Cobaltline Cloud", "Cobaltline", Technology),
        new("VNTD", "Vantor Devices", "Vantor", Technology),
        new("PLXP", "Parallax Photonics", "Parallax", Technology),

        new("MRDT", "Meridale Therapeutics", "Meridale", Healthcare),
        new("CLWB", "Calloway Biosciences", "Calloway", Healthcare),
        new("OSTM", "Ostrander Medical", "Ostrander", Healthcare),
        new("PNHP", "Pinehurst Pharma", "Pinehurst", Healthcare),
        new("LMRD", "Lumenra Diagnostics", "Lumenra", Healthcare),
        new("SBWH", "Sablewood Health", "Sablewood", Healthcare),
        new("TDGN", "Thistledown Genomics", "Thistledown", Healthcare),

        new("HBVB", "Harborview Bancorp", "Harborview", Financials),
        new("CRFN", "Crestline Financial", "Crestline", Financials),
        new("IBGC", "Ironbridge Capital", "Ironbridge", Financials),
        new("SGIG", "Stonegate Insurance Group", "Stonegate", Financials),
        new("AMVP", "Ambervale Payments", "Ambervale", Financials),
        new("RDFT", "Redfern Trust", "Redfern", Financials),
        new("KSMH", "Keystone Mutual Holdings", "Keystone Mutual", Financials),

        new("GLDO", "Gladstone Outfitters", "Gladstone", Consumer),
        new("CPPK", "Copperpot Kitchens", "Copperpot", Consumer),
        new("WRNF", "Wrenfield Foods", "Wrenfield", Consumer),
        new("TLWB", "Tallowmere Brands", "Tallowmere", Consumer),
        new("BRSA", "Brisa Beverage Co.", "Brisa", Consumer),
        new("LKSP", "Larkspur Home", "Larkspur", Consumer),
        new("SMAP", "Saltmarsh Apparel", "Saltmarsh", Consumer),

        new("RDGB", "Ridgeback Energy", "Ridgeback", Energy),
        new("SLVN", "Solvane Renewables", "Solvane", Energy),
        new("PTBR", "Petrel Basin Resources", "Petrel Basin", Energy),
        new("ASHC", "Ashcombe Oil & Gas", "Ashcombe", Energy),
        new("KNDP", "Kindlewood Power", "Kindlewood", Energy),
        new("TRNM", "Tern Midstream Partners", "Tern Midstream", Energy),
        new("CRWH", "Cairnwell Hydrogen", "Cairnwell", Energy),

        new("FLCA", "Falconridge Aerospace", "Falconridge", Industrials),
        new("GRHL", "Grayhaven Logistics", "Grayhaven", Industrials),
        new("OTWM", "Ottoway Machinery", "Ottoway", Industrials),
        new("BKTR", "Brackett Rail", "Brackett", Industrials),
        new("DRME", "Drummond Electric", "Drummond", Industrials),
        new("KTIG", "Kettering Industrial Gases", "Kettering", Industrials),
        new("FRRB", "Ferrand Robotics", "Ferrand", Industrials),
    ];
}
