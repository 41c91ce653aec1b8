using Tiflux.SharedKernel;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>
/// Uploaded files become attachments of a ticket, an answer or a note, behind the same checks as extra-valuation
/// attachments (<see cref="AttachmentRules"/>: size, allowed types, bytes matching the extension); at most
/// <see cref="TicketLimits.FilesPerRequest"/> per request. All or nothing: one bad file refuses the request.
/// </summary>
internal static class TicketFiles
{
    public const string Field = "Files";

    public static Result<List<Attachment>> Prepare(
        Guid ticketId, IReadOnlyList<AttachmentUploadDto>? uploads, TicketFileOwner owner, Guid? ownerId, ActorDto actor, DateTimeOffset now)
    {
        uploads ??= [];
        if (uploads.Count > TicketLimits.FilesPerRequest)
        {
            return Error.Validation(Field, $"Envie no máximo {TicketLimits.FilesPerRequest} arquivos por vez.");
        }

        var files = new List<Attachment>();
        var errors = new List<Error>();
        foreach (var upload in uploads)
        {
            var name = AttachmentRules.SafeFileName(upload.FileName);
            var checkedType = AttachmentRules.ContentTypeFor(upload);
            if (!checkedType.IsSuccess)
            {
                errors.AddRange(checkedType.Errors.Select(e => Error.Validation(Field, $"{name}: {e.Message}")));
                continue;
            }

            files.Add(new Attachment
            {
                TicketId = ticketId,
                FileName = name,
                ContentType = checkedType.Value,
                Size = upload.Content.LongLength,
                Content = upload.Content,
                UploadedAt = now,
                Owner = owner,
                OwnerId = ownerId,
                UploadedById = actor.UserId == Guid.Empty ? null : actor.UserId,
            });
        }

        return errors.Count > 0 ? Result<List<Attachment>>.Failure(errors) : Result<List<Attachment>>.Success(files);
    }
}
