using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.Validation;

namespace Tiflux.Contracts.Agreements;

/// <summary>Members of a shared-credit contract: existing clients other than the owner.</summary>
internal static class SharedMembers
{
    public static async Task ValidateAsync(ContractsDbContext db, IReadOnlyList<Guid> members, Guid ownerId, Errors errors, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return;
        }

        errors.Require(!members.Contains(ownerId), "Settings.SharedMemberClientIds", "O cliente titular já participa do crédito; não o inclua como membro.");
        var found = await db.Clients.CountAsync(c => members.Contains(c.Id), cancellationToken);
        errors.Require(found == members.Distinct().Count(), "Settings.SharedMemberClientIds", "Algum cliente membro não existe.");
    }
}
