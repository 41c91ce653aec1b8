using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Outbox;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Conversation;

/// <summary>
/// Posts an answer (comunicação pública): sanitised HTML, optional signature and files, one history row, and in the
/// same transaction the outbox event that makes Notifications e-mail it once to each recipient. Staff answers go to
/// the requester and the followers; a client's answer — written on the client's behalf (<c>client-answers</c>) or by a
/// client user in the portal — goes to the followers. Cancelled tickets take no answers.
/// </summary>
internal sealed class PostAnswer(TicketsDbContext db, TicketsOutboxKick outbox, TicketSlaClock sla, TimeProvider time)
{
    public async Task<Result<PostedAnswerDto>> HandleAsync(PostAnswerRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == request.TicketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(request.TicketNumber);
        }

        if (ticket.State == TicketState.Cancelled)
        {
            return Error.Conflict("Não é possível responder um ticket cancelado; reabra-o ou abra um novo ticket.");
        }

        var html = MessageHtml.Clean(request.Html, "Escreva a resposta.");
        var author = Author(request, actor);
        var errors = html.Errors.Concat(author.Errors).ToList();
        if (errors.Count > 0)
        {
            return Result<PostedAnswerDto>.Failure(errors);
        }

        var (body, signature) = WithSignature(html.Value, request);
        var fromClient = request.ClientAuthorName is not null || request.Origin == AnswerOrigin.ClientPortal;
        // A portal answer is signed by the client user themselves; client-answers have no user behind them.
        var authorUser = request.ClientAuthorName is null ? actor : null;
        var now = time.GetUtcNow();
        var answer = new TicketAnswer
        {
            TicketId = ticket.Id,
            Html = body,
            Origin = request.Origin,
            At = now,
            Author = author.Value,
            UserId = authorUser?.UserId,
            Recipients = Recipients(ticket, fromClient),
        };
        var files = TicketFiles.Prepare(ticket.Id, request.Files, TicketFileOwner.Answer, answer.Id, actor, now);
        if (!files.IsSuccess)
        {
            return Result<PostedAnswerDto>.Failure(files.Errors);
        }

        db.Answers.Add(answer);
        db.Attachments.AddRange(files.Value);
        ticket.LastAnswerAt = now;
        ticket.LastAnswerByClient = fromClient;
        if (!fromClient)
        {
            await sla.AttendAsync(ticket, now, actor, cancellationToken);
        }
        db.History.Add(ticket.Record(now, authorUser, HistoryArea.Communication, HistoryOperation.Created,
            fromClient ? "Client answer was created" : "Answer was created", Describe(answer, files.Value.Count)).About(answer.Id));
        if (answer.Recipients.Count > 0)
        {
            db.Outbox.Add(OutboxMessages.From(TicketsEventTypes.AnswerPosted, new TicketAnswerPosted(
                Guid.CreateVersion7(), now, answer.Id, ticket.Number, ticket.Title, ticket.ClientName, answer.Author, answer.Html,
                MessageHtml.ToText(answer.Html), answer.Recipients, [.. files.Value.Select(f => new PostedAnswerFile(f.Id, f.FileName, f.Size))])));
        }

        await db.SaveChangesAsync(cancellationToken);
        outbox.AfterCommit();
        return Result<PostedAnswerDto>.Success(new PostedAnswerDto(answer.ToDto([.. files.Value.Select(f => f.ToDto())]), signature));
    }

    private static Result<string> Author(PostAnswerRequest request, ActorDto actor)
    {
        if (request.ClientAuthorName is null)
        {
            return Result<string>.Success(actor.Name);
        }

        var name = request.ClientAuthorName.Trim();
        return name.Length switch
        {
            0 => Error.Validation("AuthorName", "Informe o nome do autor da resposta do cliente."),
            > TicketLimits.PersonName => Error.Validation("AuthorName", $"O nome do autor deve ter no máximo {TicketLimits.PersonName} caracteres."),
            _ => Result<string>.Success(name),
        };
    }

    /// <summary>The user's plain-text signature, encoded and appended as its own paragraph when asked for.</summary>
    private static (string Html, SignatureOutcome Outcome) WithSignature(string html, PostAnswerRequest request)
    {
        if (!request.WithSignature)
        {
            return (html, SignatureOutcome.NotRequested);
        }

        if (string.IsNullOrWhiteSpace(request.Signature))
        {
            return (html, SignatureOutcome.NoSignatureRegistered);
        }

        var signature = request.Signature.Trim();
        signature = signature.Length > TicketLimits.Signature ? signature[..TicketLimits.Signature] : signature;
        return ($"{html}<p>--<br>{WebUtility.HtmlEncode(signature).ReplaceLineEndings("<br>")}</p>", SignatureOutcome.Appended);
    }

    /// <summary>The requester (for staff answers) and the followers, each once.</summary>
    private static List<string> Recipients(Ticket ticket, bool fromClient)
    {
        var recipients = new List<string>();
        if (!fromClient && !string.IsNullOrWhiteSpace(ticket.RequesterEmail))
        {
            recipients.Add(ticket.RequesterEmail.ToLowerInvariant());
        }

        recipients.AddRange(ticket.Followers.Where(f => !recipients.Contains(f, StringComparer.OrdinalIgnoreCase)));
        return recipients;
    }

    private static string Describe(TicketAnswer answer, int fileCount)
    {
        var files = fileCount == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {fileCount} arquivo(s)");
        var mail = answer.Recipients.Count == 0 ? "sem destinatários de e-mail" : "enviada por e-mail a " + string.Join(", ", answer.Recipients);
        return $"Resposta ao cliente de {answer.Author}{files}; {mail}.";
    }
}
