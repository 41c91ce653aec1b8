namespace Tiflux.SharedKernel;

/// <summary>
/// The organisation's day: every "today", due date and displayed instant is a date or time in America/Sao_Paulo, read
/// from the injected <see cref="TimeProvider"/> (tests move it). Instants are stored in UTC.
/// </summary>
public static class BrazilTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(Local(instant));

    /// <summary>The instant (UTC, as the database stores it) the organisation's <paramref name="day"/> starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
