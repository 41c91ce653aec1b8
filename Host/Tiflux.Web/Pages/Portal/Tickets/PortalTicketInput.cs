using System.ComponentModel.DataAnnotations;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Portal.Tickets;

/// <summary>
/// A ticket as a client user opens it: the requester is the user, so only what they say about the problem. The staff
/// form's <c>TicketInput</c> requires a requester and carries staff fields, hence this smaller one.
/// </summary>
public sealed class PortalTicketInput
{
    public Guid? DeskId { get; set; }

    [Required(ErrorMessage = "Informe o título do ticket.")]
    [StringLength(TicketLimits.Title, ErrorMessage = "O título deve ter no máximo 200 caracteres.")]
    public string? Title { get; set; }

    [StringLength(TicketLimits.Description, ErrorMessage = "A descrição é longa demais.")]
    public string? Description { get; set; }

    public Guid? PriorityId { get; set; }

    public Guid? ResourceId { get; set; }

    /// <summary>The service catalog item, offered when a desk requires one to open a ticket.</summary>
    public Guid? ServicesCatalogItemId { get; set; }

    // Nullable: a non-nullable list would be implicitly required.
    public List<IFormFile>? Files { get; set; }
}
