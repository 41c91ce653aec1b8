using System.Text.Json.Serialization;
using Tiflux.Api.Contracts;

namespace Tiflux.Api.Appointments;

internal sealed record ShiftRef(int Id, string Name, string Value);

internal sealed record ShiftOwnerTicket(int TicketNumber, string Title);

/// <summary>How an appointment is valued (api-v2.md §3.6); <c>value</c> is "--" for users who may not see money.</summary>
internal sealed record Valorization(
    string? Attendance,
    string? AttendanceKind,
    IdName? Contract,
    IdName? LooseService,
    bool Guarantee,
    bool ManualValue,
    ShiftRef? Shift,
    ShiftOwnerTicket? ShiftOwnerTicket,
    string Value);

/// <summary>A row of GET /tickets/{n}/appointments: <c>valorization</c> always present (maybe null).</summary>
internal sealed record TicketAppointment(
    int Id,
    IdName Client,
    string Date,
    string InitTime,
    string EndTime,
    string Description,
    string? ExternalUserName,
    IdName User,
    object[] Locations,
    Valorization? Valorization);

internal sealed record TicketRef(int Number, string Title);

/// <summary>A row of GET /appointments: <c>valorization</c> only with include_valorization=true.</summary>
internal sealed record GlobalAppointment(
    int Id,
    IdName Client,
    IdName? Contract,
    string Date,
    string Description,
    IdName Desk,
    string EndTime,
    string? ExternalUserName,
    string InitTime,
    object[] Locations,
    TicketRef Ticket,
    IdName User,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Valorization? Valorization);

/// <summary>POST /tickets/{n}/appointments answer; <c>value</c> only for loose (standalone) appointments.</summary>
internal sealed record CreatedAppointment(
    int Id,
    string Date,
    string InitTime,
    string EndTime,
    string Description,
    string? ExternalUserName,
    IdName User,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Value);

/// <summary>The documented POST /tickets/{n}/appointments body.</summary>
internal sealed record AppointmentBody(
    string Date,
    string InitTime,
    string EndTime,
    string Description,
    string? ExternalUserName,
    int? Attendance,
    int? AttendanceKind,
    int? ContractRiderId,
    int? LooseServiceId,
    int? ShiftId,
    int? ShiftOwnerTicketNumber,
    bool? Guarantee,
    decimal? Value);
