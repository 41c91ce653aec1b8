using System.Globalization;
using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Appointments;

/// <summary>
/// POST /tickets/{n}/appointments with Tiflux's valorization rules and detail texts (api-v2.md §3.6); the Tickets
/// module then applies our own valuation rules (riders in force, services of the client, ride-along).
/// </summary>
internal static class AppointmentCreateEndpoint
{
    private const string ClockFormat = "field is incorrectly formatted. It should follow the 'HH:MM' pattern, with the maximum allowed value being 23:59";

    private static readonly Dictionary<string, string> EntryFields = new()
    {
        ["Date"] = "date",
        ["Start"] = "init_time",
        ["End"] = "end_time",
        ["Description"] = "description",
        ["Mode"] = "attendance",
        ["Kind"] = "attendance_kind",
        ["RiderId"] = "contract_rider_id",
        ["ServiceId"] = "loose_service_id",
        ["TravelId"] = "shift_id",
        ["RideAlongTicketNumber"] = "shift_owner_ticket_number",
        ["Value"] = "value",
        ["ManualValue"] = "value",
    };

    public static async Task<IResult> CreateAsync(
        string ticket_number, HttpContext http, ITicketQueries tickets, ITicketWork work, TicketDetailShape shape, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await shape.FindAsync(ticket_number, caller, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var date = body.Date("date", required: true);
        var start = Clock(body, "init_time");
        var end = Clock(body, "end_time");

        var description = body.String("description", required: true, maxLength: TicketLimits.EntryDescription);
        var externalUser = body.String("external_user_name");
        if (externalUser is { Length: > 255 })
        {
            body.Fail("external_user_name", "is too long (maximum is 255 characters)");
        }
        else if (externalUser is not null && externalUser.IndexOfAny(['<', '>']) >= 0)
        {
            body.Fail("external_user_name", "can't contain the characters < or >");
        }

        var valuation = await AppointmentValuationReader.ReadAsync(body, ticket.Desk.ValuationMode, ids, cancellationToken);
        body.ThrowIfErrors();

        var request = new SaveTimeEntryRequest(
            ticket.Number, null, date!.Value, start!.Value, end!.Value, caller.UserId, caller.Name, description!,
            valuation.Mode, valuation.Kind, valuation.RiderId, valuation.ServiceId, valuation.TravelId, valuation.RideAlong,
            valuation.Warranty, valuation.Value is not null, valuation.Value);
        var saved = await work.SaveTimeEntryAsync(request, new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney), cancellationToken);
        saved.ThrowIfFailed(EntryFields, rules: AppointmentRuleTexts.English);

        var entry = (await tickets.GetTicketAsync(ticket.Number, cancellationToken))!.Entries.Single(e => e.Id == saved.Value);
        var map = await ids.AssignAsync(new PublicIdBatch().Add(PublicIdKind.Appointment, entry.Id).Add(PublicIdKind.User, caller.UserId), cancellationToken);
        return ApiResults.Created(new CreatedAppointment(
            map[PublicIdKind.Appointment, entry.Id], ApiResults.Date(entry.Date), ApiResults.Clock(entry.Start), ApiResults.Clock(entry.End),
            entry.Description, externalUser, new IdName(map[PublicIdKind.User, caller.UserId], caller.Name),
            entry.Kind == EntryKind.Standalone ? ApiResults.Money(entry.Value ?? 0m, caller) : null));
    }

    private static TimeOnly? Clock(BodyReader body, string field)
    {
        var text = body.String(field, required: true);
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        body.Fail(field, ClockFormat);
        return null;
    }
}
