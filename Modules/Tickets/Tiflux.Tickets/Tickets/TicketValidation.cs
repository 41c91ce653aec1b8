using Tiflux.SharedKernel;

namespace Tiflux.Tickets.Tickets;

internal static class TicketValidation
{
    public static List<Error> Validate(string? title, string? requesterName, string? requesterEmail)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(Error.Validation("Title", "Informe o título do ticket."));
        }
        else if (title.Length > 200)
        {
            errors.Add(Error.Validation("Title", "O título deve ter no máximo 200 caracteres."));
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
