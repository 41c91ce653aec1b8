namespace Tiflux.Api.Conventions;

/// <summary>Dates of the organisation's day (America/Sao_Paulo), as the modules use them.</summary>
internal static class BrazilTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset at) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
}
