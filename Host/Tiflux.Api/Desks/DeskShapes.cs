namespace Tiflux.Api.Desks;

internal sealed record DeskListItem(int Id, bool Active, string AppointmentType, string DisplayName, string Name);

internal sealed record StageItem(int Id, bool FirstStage, int Index, bool LastStage, string MaxTime, string Name);

internal sealed record PriorityItem(int Id, string EndTime, string Name, int Order, string StartTime);

internal sealed record RequiredFields(bool EquipmentId, bool RequestorName, bool RequestorEmail, bool RequestorTelephone, bool RequestorRamal, bool AttachmentFile);

/// <summary>Tiflux's desk detail; settings we do not have carry Tiflux's defaults.</summary>
internal sealed record DeskDetail(
    int Id,
    bool Active,
    bool AddTicketFeedback,
    string AppointmentType,
    string AttendanceType,
    string BehaviorBilledTickets,
    string BehaviorNotBilledTickets,
    bool CanReopenRevisedTickets,
    bool CanStopSla,
    bool CancelableTickets,
    string DefaultRevised,
    string Description,
    bool DeskExchange,
    bool DeskWithSla,
    string DisplayName,
    bool InternalDesk,
    string Name,
    bool OnlyAttendantsCanOpen,
    bool ReceivingNewTickets,
    bool Reminder,
    bool RequireServiceCatalogOpenTicket,
    RequiredFields RequiredFields,
    string ReviewType,
    bool ServicesCatalogItem,
    int SlaGoal,
    bool Summary,
    bool TicketReview,
    bool TicketWithSlaTime,
    string TimeLimitToReopening,
    bool UserWithoutAccessCreateTicket);
