using System.Globalization;
using System.Text.RegularExpressions;

namespace Tiflux.SharedKernel;

/// <summary>The one reader of what people type: money in pt-BR or plain notation and HH:MM durations.</summary>
public static partial class PtBrParsing
{
    public const string MoneyError = "Valor inválido: use números como 1.234,56.";
    public const string HhmmError = "Use o formato HH:MM (horas e minutos), por exemplo 20:00.";

    /// <summary>A whole number as typed ("10", " 30 "): digits with an optional minus sign, within <see cref="int"/>.</summary>
    public static bool TryParseWholeNumber(string? text, out int value) =>
        int.TryParse((text ?? "").Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Blank → null. Accepts "1.234,56", "1234,56", "1234.56", "1.234" and "R$ 10".</summary>
    public static bool TryParseMoney(string? text, out decimal? value)
    {
        value = null;
        var s = (text ?? "").Replace("R$", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace('−', '-').Trim();
        if (s.Length == 0)
        {
            return true;
        }

        if (s.Contains(',', StringComparison.Ordinal) || ThousandsOnly().IsMatch(s))
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }

        if (!PlainNumber().IsMatch(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>An amount where blank means zero (discounts, interest); null when unreadable.</summary>
    public static decimal? AmountOrZero(string? text) => TryParseMoney(text, out var value) ? value ?? 0m : null;

    /// <summary>Blank → null. "20:00" → 1200, "7:30" → 450, "12" → 720 (whole hours).</summary>
    public static bool TryParseHhmm(string? text, out int? minutes)
    {
        minutes = null;
        var s = (text ?? "").Trim();
        if (s.Length == 0)
        {
            return true;
        }

        var match = Hhmm().Match(s);
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var mins = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        minutes = (hours * 60) + mins;
        return true;
    }

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsOnly();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^(\d{1,4})(?::([0-5]\d))?$")]
    private static partial Regex Hhmm();
}
