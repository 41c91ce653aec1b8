using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Requestors;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>The requester data a ticket keeps: a copy of a registered requestor of its client, or ad-hoc data.</summary>
internal sealed record TicketRequester(Guid? RequestorId, string Name, string? Email, string? Telephone, string? Extension)
{
    public static async Task<Result<TicketRequester>> ResolveAsync(
        TicketsDbContext db, Guid clientId, TicketRequesterInput input, CancellationToken cancellationToken)
    {
        if (input.RequestorId is { } requestorId)
        {
            var requestor = await db.Requestors.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == requestorId && r.Active && r.ClientIds.Contains(clientId), cancellationToken);
            return requestor is null
                ? Error.Validation("RequestorId", "Solicitante não encontrado entre os solicitantes ativos do cliente.")
                : Result<TicketRequester>.Success(new TicketRequester(requestor.Id, requestor.Name, requestor.Email, requestor.Telephone, requestor.Extension));
        }

        var errors = new List<Error>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(Error.Validation("RequesterName", "Informe o solicitante."));
        }
        else if (name.Length > TicketLimits.PersonName)
        {
            errors.Add(Error.Validation("RequesterName", $"O nome do solicitante deve ter no máximo {TicketLimits.PersonName} caracteres."));
        }

        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            errors.Add(Error.Validation("RequesterEmail", "Informe um e-mail válido."));
        }

        var telephone = Telephones.ToE164(input.Telephone, input.Country, "RequesterTelephone");
        errors.AddRange(telephone.Errors);
        var extension = string.IsNullOrWhiteSpace(input.Extension) ? null : input.Extension.Trim();
        if (extension?.Length > TicketLimits.Extension)
        {
            errors.Add(Error.Validation("RequesterExtension", $"O ramal deve ter no máximo {TicketLimits.Extension} caracteres."));
        }

        return errors.Count > 0
            ? Result<TicketRequester>.Failure(errors)
            : Result<TicketRequester>.Success(new TicketRequester(null, name, email, telephone.Value, extension));
    }

    public void CopyTo(Ticket ticket)
    {
        ticket.RequestorId = RequestorId;
        ticket.RequesterName = Name;
        ticket.RequesterEmail = Email;
        ticket.RequesterTelephone = Telephone;
        ticket.RequesterExtension = Extension;
    }
}

/// <summary>What a create or update request says about the requester.</summary>
internal sealed record TicketRequesterInput(Guid? RequestorId, string? Name, string? Email, string? Telephone, string? Extension, string? Country = null);
