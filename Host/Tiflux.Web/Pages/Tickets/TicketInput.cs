using System.ComponentModel.DataAnnotations;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The ticket data form (new ticket and the "dados" tab).</summary>
public sealed class TicketInput
{
    [Required(ErrorMessage = "Informe o título do ticket.")]
    [StringLength(200, ErrorMessage = "O título deve ter no máximo 200 caracteres.")]
    public string? Title { get; set; }

    public string? Description { get; set; }

    public Guid? ClientId { get; set; }

    public Guid? DeskId { get; set; }

    public Guid? StageId { get; set; }

    public Guid? StatusId { get; set; }

    public Guid? PriorityId { get; set; }

    public Guid? ResponsibleUserId { get; set; }

    [Required(ErrorMessage = "Informe o solicitante.")]
    public string? RequesterName { get; set; }

    [EmailAddress(ErrorMessage = "Informe um e-mail válido.")]
    public string? RequesterEmail { get; set; }

    public Guid? ResourceId { get; set; }
}
