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

    /// <summary>A registered requestor of the client; when set, the module copies its name, e-mail and phone.</summary>
    public Guid? RequestorId { get; set; }

    public string? RequesterTelephone { get; set; }

    public string? RequesterExtension { get; set; }

    /// <summary>Follower e-mails as typed: separated by commas, semicolons, spaces or lines.</summary>
    public string? Followers { get; set; }

    /// <summary>The parent ticket's number (same client, one level).</summary>
    public int? ParentNumber { get; set; }

    /// <summary>The service catalog item (a selectable item of the desk; the module checks it and whether one is required).</summary>
    public Guid? ServicesCatalogItemId { get; set; }

    /// <summary>New ticket: save the typed requester as a registered requestor of the client before opening the ticket.</summary>
    public bool RegisterRequestor { get; set; }

    /// <summary>The follower e-mails of <see cref="Followers"/>, in order (the module validates and lower-cases them).</summary>
    public IReadOnlyList<string> FollowerList() =>
        (Followers ?? "").Split([',', ';', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
