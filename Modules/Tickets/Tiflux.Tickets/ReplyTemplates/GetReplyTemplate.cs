using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.ReplyTemplates;

internal sealed class GetReplyTemplate(TicketsDbContext db)
{
    public async Task<Result<ReplyTemplateDto>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ReplyTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is { } template
            ? Result<ReplyTemplateDto>.Success(template.ToDto())
            : ReplyTemplateErrors.NotFound;
}
