namespace Tiflux.Web.Pages.Tickets;

/// <summary>Transferir mesa: the new desk and its stage, status and priority for the ticket.</summary>
public sealed class TransferInput
{
    public Guid? DeskId { get; set; }

    public Guid? StageId { get; set; }

    public Guid? StatusId { get; set; }

    public Guid? PriorityId { get; set; }
}
