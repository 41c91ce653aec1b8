using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>Business hours (expediente) of the organisation and of each desk, and holidays (feriados).</summary>
public interface ITicketCalendar
{
    /// <summary>The organisation's default week, used by desks without their own.</summary>
    Task<BusinessHoursDto> GetOrganizationHoursAsync(CancellationToken cancellationToken);

    Task<Result> SaveOrganizationHoursAsync(IReadOnlyList<BusinessWindowInput> windows, CancellationToken cancellationToken);

    /// <summary>The desk's week (or the organisation's, flagged); null when the desk does not exist.</summary>
    Task<BusinessHoursDto?> GetDeskHoursAsync(Guid deskId, CancellationToken cancellationToken);

    Task<Result> SaveDeskHoursAsync(Guid deskId, SaveBusinessHoursRequest request, CancellationToken cancellationToken);

    /// <summary>The national (computed) and own holidays falling in <paramref name="year"/>.</summary>
    Task<HolidayYearDto> GetHolidaysAsync(int year, CancellationToken cancellationToken);

    Task<Result<Guid>> SaveHolidayAsync(SaveHolidayRequest request, CancellationToken cancellationToken);

    Task<Result> RemoveHolidayAsync(Guid holidayId, CancellationToken cancellationToken);

    /// <summary>"Considerar pontos facultativos": whether Carnaval and Corpus Christi close the desks.</summary>
    Task SetCountOptionalDaysAsync(bool count, CancellationToken cancellationToken);

    /// <summary>Business minutes in [from, to) on the desk's calendar.</summary>
    Task<int> BusinessMinutesBetweenAsync(Guid deskId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
