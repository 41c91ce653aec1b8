using System.Globalization;

namespace Tiflux.SharedKernel;

/// <summary>The one rounding rule for money: to the cent, half away from zero, applied once per line.</summary>
public static class Money
{
    /// <summary>The largest amount a money column (<c>numeric(14,2)</c>) holds.</summary>
    public const decimal MaxAmount = 999_999_999_999.99m;

    public static readonly string OutOfRangeMessage = string.Create(
        CultureInfo.GetCultureInfo("pt-BR"), $"O valor deve estar entre -R$ {MaxAmount:N2} e R$ {MaxAmount:N2}.");

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Value of <paramref name="minutes"/> at an hourly <paramref name="rate"/>, rounded to the cent.</summary>
    public static decimal ForMinutes(int minutes, decimal rate) => Round(minutes * rate / 60m);

    public static bool IsStorable(decimal amount) => amount is >= -MaxAmount and <= MaxAmount;

    public static bool IsStorable(decimal? amount) => amount is null || IsStorable(amount.Value);
}
