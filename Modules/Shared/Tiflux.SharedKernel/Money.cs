namespace Tiflux.SharedKernel;

/// <summary>The one rounding rule for money: to the cent, half away from zero, applied once per line.</summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Value of <paramref name="minutes"/> at an hourly <paramref name="rate"/>, rounded to the cent.</summary>
    public static decimal ForMinutes(int minutes, decimal rate) => Round(minutes * rate / 60m);
}
