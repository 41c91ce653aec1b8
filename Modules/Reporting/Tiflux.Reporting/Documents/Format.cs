using System.Globalization;

namespace Tiflux.Reporting.Documents;

/// <summary>pt-BR formatting of the values the templates print (they receive strings only).</summary>
internal static class Format
{
    public static readonly CultureInfo Brazil = CultureInfo.GetCultureInfo("pt-BR");

    public static string Money(decimal value) => value.ToString("C2", Brazil);

    public static string Date(DateOnly value) => value.ToString("dd/MM/yyyy", Brazil);

    public static string Date(DateOnly? value) => value is { } d ? Date(d) : "";

    public static string Minutes(int minutes) =>
        $"{(minutes < 0 ? "-" : "")}{Math.Abs(minutes) / 60:00}:{Math.Abs(minutes) % 60:00}";

    public static string Number(decimal value) => value.ToString("0.##", Brazil);
}
