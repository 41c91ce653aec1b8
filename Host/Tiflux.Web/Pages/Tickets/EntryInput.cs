using System.ComponentModel.DataAnnotations;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The time-entry form.</summary>
public sealed class EntryInput
{
    [Required(ErrorMessage = "Informe a data.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Informe o horário inicial.")]
    public TimeOnly? Start { get; set; }

    [Required(ErrorMessage = "Informe o horário final.")]
    public TimeOnly? End { get; set; }

    public Guid? TechnicianId { get; set; }

    [StringLength(TicketLimits.EntryDescription, ErrorMessage = "A descrição deve ter no máximo {1} caracteres.")]
    public string? Description { get; set; }

    public AttendanceMode? Mode { get; set; }

    public EntryKind? Kind { get; set; }

    public Guid? RiderId { get; set; }

    public Guid? ServiceId { get; set; }

    public Guid? TravelId { get; set; }

    public int? RideAlongTicketNumber { get; set; }

    public bool Warranty { get; set; }

    public bool ManualValue { get; set; }

    public decimal? Value { get; set; }

    public Guid? FromTimerId { get; set; }
}
