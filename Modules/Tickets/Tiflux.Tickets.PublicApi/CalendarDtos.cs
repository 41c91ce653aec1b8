namespace Tiflux.Tickets.PublicApi;

/// <summary>One open interval of a weekday in minutes after midnight, [start, end); end may be 1440 (24:00).</summary>
public sealed record BusinessWindowDto(DayOfWeek Day, int StartMinute, int EndMinute, bool AlsoOnHolidays);

/// <summary>
/// A weekly schedule (expediente). For a desk, <see cref="UsesOrganizationDefault"/> says it has none of its own and the
/// windows shown are the organisation's.
/// </summary>
public sealed record BusinessHoursDto(bool UsesOrganizationDefault, IReadOnlyList<BusinessWindowDto> Windows);

/// <summary>An interval as typed: "HH:MM" texts, checked by the module.</summary>
public sealed record BusinessWindowInput(DayOfWeek Day, string? Start, string? End, bool AlsoOnHolidays);

/// <summary>A desk's schedule to save; <see cref="UseOrganizationDefault"/> drops the desk's own windows.</summary>
public sealed record SaveBusinessHoursRequest(bool UseOrganizationDefault, IReadOnlyList<BusinessWindowInput> Windows);

public enum HolidayKind
{
    /// <summary>A national holiday, computed for the year.</summary>
    National,

    /// <summary>A national "ponto facultativo" (Carnaval, Corpus Christi); counts when the organisation says so.</summary>
    OptionalNational,

    /// <summary>A date the organisation typed in.</summary>
    Own,
}

/// <summary>A holiday of one year. <see cref="Id"/> is null for the computed national ones; empty desks: every desk.</summary>
public sealed record HolidayDto(Guid? Id, DateOnly Date, string Name, HolidayKind Kind, bool RepeatsYearly, IReadOnlyList<Guid> DeskIds);

/// <summary>The holidays of a year, national and own, by date, and whether the pontos facultativos count.</summary>
public sealed record HolidayYearDto(int Year, bool CountOptionalDays, IReadOnlyList<HolidayDto> Holidays);

/// <summary>Creates (<see cref="Id"/> null) or updates an own holiday. Empty <see cref="DeskIds"/>: every desk.</summary>
public sealed record SaveHolidayRequest(Guid? Id, DateOnly? Date, string Name, bool RepeatsYearly, IReadOnlyList<Guid> DeskIds);
