using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Calendar;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketCalendarFacade(IServiceProvider services) : ITicketCalendar
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<BusinessHoursDto> GetOrganizationHoursAsync(CancellationToken cancellationToken) =>
        (await Get<GetBusinessHours>().HandleAsync(null, cancellationToken))!;

    public Task<Result> SaveOrganizationHoursAsync(IReadOnlyList<BusinessWindowInput> windows, CancellationToken cancellationToken) =>
        Get<SaveBusinessHours>().HandleAsync(null, new SaveBusinessHoursRequest(false, windows), cancellationToken);

    public Task<BusinessHoursDto?> GetDeskHoursAsync(Guid deskId, CancellationToken cancellationToken) =>
        Get<GetBusinessHours>().HandleAsync(deskId, cancellationToken);

    public Task<Result> SaveDeskHoursAsync(Guid deskId, SaveBusinessHoursRequest request, CancellationToken cancellationToken) =>
        Get<SaveBusinessHours>().HandleAsync(deskId, request, cancellationToken);

    public Task<HolidayYearDto> GetHolidaysAsync(int year, CancellationToken cancellationToken) =>
        Get<ListHolidays>().HandleAsync(year, cancellationToken);

    public Task<Result<Guid>> SaveHolidayAsync(SaveHolidayRequest request, CancellationToken cancellationToken) =>
        Get<SaveHoliday>().HandleAsync(request, cancellationToken);

    public Task<Result> RemoveHolidayAsync(Guid holidayId, CancellationToken cancellationToken) =>
        Get<RemoveHoliday>().HandleAsync(holidayId, cancellationToken);

    public Task SetCountOptionalDaysAsync(bool count, CancellationToken cancellationToken) =>
        Get<SetCountOptionalDays>().HandleAsync(count, cancellationToken);

    public async Task<int> BusinessMinutesBetweenAsync(Guid deskId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await Get<BusinessCalendars>().ForDeskAsync(deskId, cancellationToken)).BusinessMinutesBetween(from, to);
}
