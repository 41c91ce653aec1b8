using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Appointments;

/// <summary>
/// Reads the valorization part of an appointment body as Tiflux names it (attendance, attendance_kind, ids, guarantee,
/// value) into module ids; whether the combination is valid is the Tickets module's rule (AppointmentRuleTexts words it).
/// </summary>
internal static class AppointmentValuationReader
{
    private const string NoValorization = "can't be informed, this ticket is in a desk with appointment_type 'Appointments with no Valorization'";

    public static async Task<AppointmentValuation> ReadAsync(BodyReader body, DeskValuationMode mode, PublicIds ids, CancellationToken cancellationToken)
    {
        string[] valuationFields = ["attendance", "attendance_kind", "contract_rider_id", "loose_service_id", "shift_id", "shift_owner_ticket_number", "guarantee", "value"];
        if (mode == DeskValuationMode.WithoutEntries)
        {
            throw new ApiErrorException(ApiError.Body("error", "Appointments cannot be created in a desk with appointment_type 'Without Appointments'"));
        }

        if (mode == DeskValuationMode.WithoutValuation)
        {
            foreach (var field in valuationFields.Where(body.Has))
            {
                body.Fail(field, NoValorization);
            }

            return new AppointmentValuation(null, null, null, null, null, null, false, null);
        }

        var attendance = body.Int("attendance", required: true);
        var kind = body.Int("attendance_kind", required: true);
        if (attendance is not null and not (1 or 2 or 3))
        {
            body.Fail("attendance", "is not included in the list");
        }

        if (kind is not null and not (1 or 2))
        {
            body.Fail("attendance_kind", "is not included in the list");
        }

        var riderNumber = body.Int("contract_rider_id");
        var serviceNumber = body.Int("loose_service_id");
        var shiftNumber = body.Int("shift_id");
        var rideAlong = body.Int("shift_owner_ticket_number");
        var warranty = body.Bool("guarantee") ?? false;
        var value = body.Decimal("value");
        var riderId = await ResolveAsync(body, "contract_rider_id", PublicIdKind.Rider, riderNumber, "not found or does not belong to the organization", ids, cancellationToken);
        var serviceId = await ResolveAsync(body, "loose_service_id", PublicIdKind.LooseService, serviceNumber, "not found, inactive or does not belong to the organization", ids, cancellationToken);
        var travelId = await ResolveAsync(body, "shift_id", PublicIdKind.Shift, shiftNumber, "not found, inactive or does not belong to the organization", ids, cancellationToken);
        return new AppointmentValuation(
            attendance is >= 1 and <= 3 ? (AttendanceMode)attendance : null,
            kind switch { 1 => EntryKind.Standalone, 2 => EntryKind.Contract, _ => null },
            riderId,
            serviceId,
            travelId,
            rideAlong,
            warranty,
            value);
    }

    private static async Task<Guid?> ResolveAsync(
        BodyReader body, string field, PublicIdKind kind, int? number, string notFound, PublicIds ids, CancellationToken cancellationToken)
    {
        if (number is not { } n)
        {
            return null;
        }

        var id = await ids.ResolveAsync(kind, n, cancellationToken);
        if (id is null)
        {
            body.Fail(field, notFound);
        }

        return id;
    }
}

/// <summary>The valorization of a new appointment, in module ids.</summary>
internal sealed record AppointmentValuation(
    AttendanceMode? Mode, EntryKind? Kind, Guid? RiderId, Guid? ServiceId, Guid? TravelId, int? RideAlong, bool Warranty, decimal? Value);
