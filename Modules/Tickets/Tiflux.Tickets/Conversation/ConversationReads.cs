using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>Reads the conversation use cases share: the ticket's id by number, and file metadata (never the bytes) by owner.</summary>
internal static class ConversationReads
{
    public static async Task<Result<Guid>> TicketIdAsync(TicketsDbContext db, int number, CancellationToken cancellationToken)
    {
        var id = await db.Tickets.AsNoTracking().Where(t => t.Number == number).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
        return id is { } found ? Result<Guid>.Success(found) : TicketErrors.TicketNotFound(number);
    }

    /// <summary>The files of the given answers or notes, by owner id, oldest first.</summary>
    public static async Task<ILookup<Guid, TicketFileDto>> FilesByOwnerAsync(TicketsDbContext db, IReadOnlyCollection<Guid> ownerIds, CancellationToken cancellationToken)
    {
        var rows = await Metadata(db.Attachments.AsNoTracking().Where(a => a.OwnerId != null && ownerIds.Contains(a.OwnerId.Value)))
            .ToListAsync(cancellationToken);
        return rows.ToLookup(f => f.OwnerId!.Value);
    }

    /// <summary>File rows as metadata (a projection, so the bytes are not read).</summary>
    public static IQueryable<TicketFileDto> Metadata(IQueryable<Extras.Attachment> files) =>
        files.OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new TicketFileDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.Owner ?? TicketFileOwner.Ticket, a.OwnerId));
}
