using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>
/// Adds an internal note with its files, or changes the text of one of the actor's own notes (the old text stays in
/// the history). Notes are staff-only and never e-mailed.
/// </summary>
internal sealed class SaveInternalNote(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result<InternalNoteDto>> HandleAsync(SaveInternalNoteRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == request.TicketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(request.TicketNumber);
        }

        var html = MessageHtml.Clean(request.Html, "Escreva a mensagem interna.");
        if (!html.IsSuccess)
        {
            return Result<InternalNoteDto>.Failure(html.Errors);
        }

        var now = time.GetUtcNow();
        return request.NoteId is { } noteId
            ? await EditAsync(ticket, noteId, html.Value, actor, now, cancellationToken)
            : await AddAsync(ticket, html.Value, request.Files, actor, now, cancellationToken);
    }

    private async Task<Result<InternalNoteDto>> AddAsync(
        Lifecycle.Ticket ticket, string html, IReadOnlyList<AttachmentUploadDto> uploads, ActorDto actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var note = new InternalNote { TicketId = ticket.Id, Html = html, UserId = actor.UserId, UserName = actor.Name, CreatedAt = now, UpdatedAt = now };
        var files = TicketFiles.Prepare(ticket.Id, uploads, TicketFileOwner.InternalNote, note.Id, actor, now);
        if (!files.IsSuccess)
        {
            return Result<InternalNoteDto>.Failure(files.Errors);
        }

        db.InternalNotes.Add(note);
        db.Attachments.AddRange(files.Value);
        var count = files.Value.Count == 0 ? "" : $" com {files.Value.Count} arquivo(s)";
        db.History.Add(ticket.Record(now, actor, HistoryArea.Communication, HistoryOperation.Created, "Internal communication was created",
            $"Mensagem interna adicionada{count}.").About(note.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Result<InternalNoteDto>.Success(note.ToDto([.. files.Value.Select(f => f.ToDto())]));
    }

    private async Task<Result<InternalNoteDto>> EditAsync(
        Lifecycle.Ticket ticket, Guid noteId, string html, ActorDto actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var note = await db.InternalNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.TicketId == ticket.Id, cancellationToken);
        if (note is null)
        {
            return InternalNoteErrors.NotFound;
        }

        if (note.UserId != actor.UserId)
        {
            return InternalNoteErrors.NotAuthor;
        }

        var row = ticket.Record(now, actor, HistoryArea.Communication, HistoryOperation.Updated, "Internal communication was updated",
            "Mensagem interna alterada.").About(note.Id);
        row.Changes.Add(new FieldChangeDto("text", "Texto", MessageHtml.ToText(note.Html), MessageHtml.ToText(html)));
        note.Html = html;
        note.UpdatedAt = now;
        db.History.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        var files = await ConversationReads.FilesByOwnerAsync(db, [note.Id], cancellationToken);
        return Result<InternalNoteDto>.Success(note.ToDto([.. files[note.Id]]));
    }
}
