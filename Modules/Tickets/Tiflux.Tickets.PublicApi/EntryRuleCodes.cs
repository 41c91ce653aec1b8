namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// Stable codes of the time-entry rules (domain §2.4–2.5). The module words each failure in pt-BR for the pages;
/// the API maps the code to Tiflux's English text. The rule itself lives only in the Tickets module.
/// </summary>
public static class EntryRuleCodes
{
    public const string DateInFuture = "entry.date_in_future";
    public const string EndBeforeStart = "entry.end_before_start";
    public const string DescriptionRequired = "entry.description_required";
    public const string ModeRequired = "entry.mode_required";
    public const string KindRequired = "entry.kind_required";
    public const string WarrantyWithValue = "entry.warranty_with_value";
    public const string ContractWithService = "entry.contract_with_service";
    public const string ContractWithValue = "entry.contract_with_value";
    public const string RiderRequired = "entry.rider_required";
    public const string RiderNotInForce = "entry.rider_not_in_force";
    public const string StandaloneWithRider = "entry.standalone_with_rider";
    public const string ValueRequired = "entry.value_required";
    public const string ValueOutOfRange = "entry.value_out_of_range";
    public const string ServiceRequired = "entry.service_required";
    public const string ServiceUnavailable = "entry.service_unavailable";
    public const string TravelAndRideAlong = "entry.travel_and_ride_along";
    public const string TravelNotExternal = "entry.travel_not_external";
    public const string TravelUnavailable = "entry.travel_unavailable";
}
