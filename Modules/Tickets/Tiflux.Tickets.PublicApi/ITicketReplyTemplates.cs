using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// Modelos de respostas: canned texts the team inserts into an answer or an internal note. Their variables
/// (<see cref="ReplyTemplateVariables.All"/>) are filled with the ticket's values, HTML-escaped, when inserted.
/// </summary>
public interface ITicketReplyTemplates
{
    /// <summary>Every template, active or not, by name.</summary>
    Task<IReadOnlyList<ReplyTemplateDto>> ListAsync(CancellationToken cancellationToken);

    Task<Result<ReplyTemplateDto>> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Validates, sanitises the HTML and saves; returns the id.</summary>
    Task<Result<Guid>> SaveAsync(SaveReplyTemplateRequest request, CancellationToken cancellationToken);

    Task<Result> DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The active templates a ticket's answer (<see cref="ReplyChannel.Client"/>) or note form may insert: its desk's and all-desk ones.</summary>
    Task<Result<IReadOnlyList<ChoiceDto>>> ListForTicketAsync(int ticketNumber, ReplyChannel channel, CancellationToken cancellationToken);

    /// <summary>The template's HTML with the ticket's values in its variables (escaped), ready to insert in the editor.</summary>
    Task<Result<string>> RenderForTicketAsync(int ticketNumber, Guid templateId, ReplyChannel channel, string userName, CancellationToken cancellationToken);
}

/// <summary>Where a reply template may be inserted.</summary>
public enum ReplyTemplateVisibility
{
    /// <summary>Cliente: answers to the requester.</summary>
    Client = 1,

    /// <summary>Interna: internal notes.</summary>
    Internal = 2,

    /// <summary>Ambas.</summary>
    Both = 3,
}

/// <summary>The form a template is inserted into.</summary>
public enum ReplyChannel
{
    Client = 1,
    Internal = 2,
}

/// <summary><see cref="DeskIds"/> empty means every desk.</summary>
public sealed record ReplyTemplateDto(Guid Id, string Name, string BodyHtml, ReplyTemplateVisibility Visibility, IReadOnlyList<Guid> DeskIds, bool Active);

public sealed record SaveReplyTemplateRequest(Guid? Id, string? Name, string? BodyHtml, ReplyTemplateVisibility Visibility, IReadOnlyList<Guid> DeskIds, bool Active);

/// <summary>The variables a reply template may use, with what each becomes.</summary>
public static class ReplyTemplateVariables
{
    public static readonly IReadOnlyList<(string Name, string Meaning)> All =
    [
        ("ticket.number", "número do ticket"),
        ("ticket.title", "título do ticket"),
        ("client.name", "nome do cliente"),
        ("requester.name", "nome do solicitante"),
        ("user.name", "nome de quem está respondendo"),
    ];
}
