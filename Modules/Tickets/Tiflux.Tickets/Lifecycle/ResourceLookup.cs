using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Tickets.Lifecycle;

internal static class ResourceLookup
{
    /// <summary>Copies the resource and its group onto the ticket, or returns why it cannot.</summary>
    public static async Task<Error?> ApplyAsync(IContractsModule contracts, Ticket ticket, Guid? resourceId, CancellationToken cancellationToken)
    {
        if (resourceId is null)
        {
            (ticket.ResourceId, ticket.ResourceName, ticket.ResourceGroupId, ticket.ResourceGroupName) = (null, null, null, null);
            return null;
        }

        var resource = (await contracts.GetResourcesAsync(ticket.ClientId, cancellationToken)).FirstOrDefault(r => r.Id == resourceId);
        if (resource is null)
        {
            return Error.Validation("ResourceId", "O recurso escolhido não pertence a este cliente.");
        }

        (ticket.ResourceId, ticket.ResourceName, ticket.ResourceGroupId, ticket.ResourceGroupName) =
            (resource.Id, resource.Name, resource.ResourceGroupId, resource.ResourceGroupName);
        return null;
    }
}
