using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>Attaches files to the ticket itself (Anexos); all or nothing, one history row.</summary>
internal sealed class AddTicketFiles(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<TicketFileDto>>> HandleAsync(
        int ticketNumber, IReadOnlyList<AttachmentUploadDto> files, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(ticketNumber);
        }

        if (files.Count == 0)
        {
            return Error.Validation(TicketFiles.Field, "Escolha ao menos um arquivo.");
        }

        var now = time.GetUtcNow();
        var prepared = TicketFiles.Prepare(ticket.Id, files, TicketFileOwner.Ticket, null, actor, now);
        if (!prepared.IsSuccess)
        {
            return Result<IReadOnlyList<TicketFileDto>>.Failure(prepared.Errors);
        }

        db.Attachments.AddRange(prepared.Value);
        foreach (var file in prepared.Value)
        {
            db.History.Add(ticket.Record(now, actor, HistoryArea.Communication, HistoryOperation.Created, "File was added",
                $"Arquivo anexado: {file.FileName}.").About(file.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<IReadOnlyList<TicketFileDto>>.Success([.. prepared.Value.Select(f => f.ToDto())]);
    }
}
