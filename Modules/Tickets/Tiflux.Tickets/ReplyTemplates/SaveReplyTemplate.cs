using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Conversation;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.ReplyTemplates;

internal sealed class SaveReplyTemplate(TicketsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(SaveReplyTemplateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<Error>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(Error.Validation("Name", "Informe o nome do modelo."));
        }
        else if (name.Length > TicketLimits.ReplyTemplateName)
        {
            errors.Add(Error.Validation("Name", $"O nome deve ter no máximo {TicketLimits.ReplyTemplateName} caracteres."));
        }

        var body = MessageHtml.Clean(request.BodyHtml, "Escreva o texto do modelo.");
        if (!body.IsSuccess)
        {
            errors.AddRange(body.Errors.Select(e => Error.Validation("BodyHtml", e.Message)));
        }
        else if (ReplyTemplateText.UnknownVariables(body.Value) is { Count: > 0 } unknown)
        {
            errors.Add(Error.Validation("BodyHtml", $"Variável desconhecida: {string.Join(", ", unknown)}. Use {string.Join(", ", ReplyTemplateVariables.All.Select(v => "{{" + v.Name + "}}"))}."));
        }

        if (!Enum.IsDefined(request.Visibility))
        {
            errors.Add(Error.Validation("Visibility", "Escolha a visibilidade: Cliente, Interna ou Ambas."));
        }

        var deskIds = request.DeskIds.Distinct().ToList();
        if (deskIds.Count > 0 && await db.Desks.CountAsync(d => deskIds.Contains(d.Id), cancellationToken) != deskIds.Count)
        {
            errors.Add(Error.Validation("DeskIds", "Mesa não encontrada."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        if (await db.ReplyTemplates.AnyAsync(t => t.Name == name && t.Id != request.Id, cancellationToken))
        {
            return Error.Validation("Name", "Já existe um modelo com esse nome.");
        }

        var template = request.Id is { } id ? await db.ReplyTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (request.Id is not null && template is null)
        {
            return ReplyTemplateErrors.NotFound;
        }

        if (template is null)
        {
            template = new ReplyTemplate();
            db.ReplyTemplates.Add(template);
        }

        template.Name = name;
        template.BodyHtml = body.Value;
        template.Visibility = request.Visibility;
        template.DeskIds = deskIds;
        template.Active = request.Active;
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(template.Id);
    }
}
