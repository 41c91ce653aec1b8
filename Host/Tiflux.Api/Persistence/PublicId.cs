namespace Tiflux.Api.Persistence;

/// <summary>
/// The integer id a record has in the API. Our records use Guids; Tiflux API v2 clients expect integers. Contracts
/// and billings keep their own numbers; every other kind draws from <c>api.public_id_seq</c>.
/// </summary>
internal sealed class PublicId
{
    public PublicIdKind Kind { get; init; }

    public int Id { get; init; }

    public Guid InternalId { get; init; }
}

/// <summary>The kinds of records the API numbers.</summary>
internal enum PublicIdKind : short
{
    User = 1,
    Client = 2,
    Contract = 3,
    ContractType = 4,
    Rider = 5,
    Desk = 6,
    Stage = 7,
    Status = 8,
    Priority = 9,
    Appointment = 10,
    PreAppointment = 11,
    LooseService = 12,
    Shift = 13,
    ExtraExpense = 14,
    Equipment = 15,
    EquipmentGroup = 16,
    Billing = 17,
    Extra = 18,
    TechnicalGroup = 19,
    RoleGroup = 20,
    Requestor = 21,
    TicketAnswer = 22,
    InternalNote = 23,
    TicketFile = 24,
    TicketHistory = 25,
    ServicesCatalog = 26,
    ServicesCatalogArea = 27,
    ServicesCatalogItem = 28,
    TicketChecklist = 29,
    ChecklistTemplate = 30,
    TicketStageSla = 31,
}
