using Tiflux.Tickets.PublicApi;
using Tiflux.Api.Conventions;

namespace Tiflux.Api.Appointments;

/// <summary>
/// Tiflux's English wording of the time-entry rules the Tickets module enforces (the rules themselves live there);
/// a field given here replaces the module's field when Tiflux reports the error elsewhere.
/// </summary>
internal static class AppointmentRuleTexts
{
    public static readonly IReadOnlyDictionary<string, RuleText> English = new Dictionary<string, RuleText>
    {
        [EntryRuleCodes.DateInFuture] = new("can't be in the future"),
        [EntryRuleCodes.EndBeforeStart] = new("must be greater than or equal to init_time"),
        [EntryRuleCodes.DescriptionRequired] = new("can't be blank"),
        [EntryRuleCodes.ModeRequired] = new("can't be blank"),
        [EntryRuleCodes.KindRequired] = new("can't be blank"),
        [EntryRuleCodes.ServiceRequired] = new("can't be blank when attendance_kind is 1 (Loose)"),
        [EntryRuleCodes.StandaloneWithRider] = new("can't be informed when attendance_kind is 1 (Loose)"),
        [EntryRuleCodes.ContractWithValue] = new("can't be informed when attendance_kind is 2 (Contract), the billing considers the appointment hours"),
        [EntryRuleCodes.ContractWithService] = new("can't be informed when attendance_kind is 2 (Contract)"),
        [EntryRuleCodes.RiderRequired] = new("can't be blank when attendance_kind is 2 (Contract)"),
        [EntryRuleCodes.RiderNotInForce] = new("is not in force on the appointment date for this client"),
        [EntryRuleCodes.ValueRequired] = new("can't be blank"),
        [EntryRuleCodes.ValueOutOfRange] = new("must be greater than or equal to 0 and less than or equal to 9999999.99"),
        [EntryRuleCodes.WarrantyWithValue] = new("can't be informed when guarantee is true, the appointment value is zero"),
        [EntryRuleCodes.ServiceUnavailable] = new("not found, inactive or does not belong to the organization"),
        [EntryRuleCodes.TravelAndRideAlong] = new("can't be informed together with shift_id", "shift_owner_ticket_number"),
        [EntryRuleCodes.TravelNotExternal] = new("can only be informed when attendance is 1 (External)"),
        [EntryRuleCodes.TravelUnavailable] = new("not found, inactive or does not belong to the organization"),
    };
}
