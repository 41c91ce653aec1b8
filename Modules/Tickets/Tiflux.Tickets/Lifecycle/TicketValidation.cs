using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal static class TicketValidation
{
    public static List<Error> Validate(string? title, string? description, string? requesterName, string? requesterEmail)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(Error.Validation("Title", "Informe o título do ticket."));
        }
        else if (title.Length > TicketLimits.Title)
        {
            errors.Add(Error.Validation("Title", $"O título deve ter no máximo {TicketLimits.Title} caracteres."));
        }

        if (description?.Length > TicketLimits.Description)
        {
            errors.Add(Error.Validation("Description", $"A descrição deve ter no máximo {TicketLimits.Description} caracteres."));
        }

        if (string.IsNullOrWhiteSpace(requesterName))
        {
            errors.Add(Error.Validation("RequesterName", "Informe o solicitante."));
        }

        if (!string.IsNullOrWhiteSpace(requesterEmail) && !requesterEmail.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(Error.Validation("RequesterEmail", "Informe um e-mail válido."));
        }

        return errors;
    }
}
