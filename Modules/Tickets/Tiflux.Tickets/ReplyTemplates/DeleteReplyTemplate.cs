using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.ReplyTemplates;

/// <summary>Deletes a template; answers already written from it keep their text.</summary>
internal sealed class DeleteReplyTemplate(TicketsDbContext db)
{
    public async Task<Result> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ReplyTemplates.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) == 0
            ? Result.Failure([ReplyTemplateErrors.NotFound])
            : Result.Success();
}
