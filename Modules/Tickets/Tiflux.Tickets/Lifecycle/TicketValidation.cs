using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal static class TicketValidation
{
    public static List<Error> Validate(string? title, string? description)
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

        return errors;
    }
}
