using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

/// <summary>
/// Creates or changes a requestor of a client. The e-mail is unique among requestors: creating one whose e-mail exists
/// links that person to this client too (their data is then updated from the request), so one person at two clients
/// is one record; a requestor already linked to the client with that e-mail is a duplicate.
/// </summary>
internal sealed class SaveRequestor(TicketsDbContext db, IContractsModule contracts, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(SaveRequestorRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var input = Validate(request);
        if (!input.IsSuccess)
        {
            return Result<Guid>.Failure(input.Errors);
        }

        if (await contracts.GetClientAsync(request.ClientId, cancellationToken) is null)
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        var (email, telephone) = input.Value;
        var normalized = email.ToUpperInvariant();
        var sameEmail = await db.Requestors.SingleOrDefaultAsync(r => r.NormalizedEmail == normalized, cancellationToken);
        Requestor? requestor;
        if (request.Id is { } id)
        {
            requestor = await db.Requestors.SingleOrDefaultAsync(r => r.Id == id && r.ClientIds.Contains(request.ClientId), cancellationToken);
            if (requestor is null)
            {
                return Error.NotFound("Solicitante não encontrado neste cliente.");
            }

            if (sameEmail is not null && sameEmail.Id != id)
            {
                return Error.Validation("Email", "Já existe um solicitante com este e-mail.");
            }
        }
        else if (sameEmail is not null)
        {
            if (sameEmail.ClientIds.Contains(request.ClientId))
            {
                return Error.Validation("Email", "Já existe um solicitante com este e-mail neste cliente.");
            }

            requestor = sameEmail;
            requestor.ClientIds = [.. requestor.ClientIds, request.ClientId];
        }
        else
        {
            requestor = new Requestor
            {
                Name = "",
                Email = email,
                NormalizedEmail = normalized,
                ClientIds = [request.ClientId],
                CreatedAt = time.GetUtcNow(),
            };
            db.Requestors.Add(requestor);
        }

        requestor.Name = request.Name.Trim();
        requestor.Email = email;
        requestor.NormalizedEmail = normalized;
        requestor.Telephone = telephone;
        requestor.Extension = string.IsNullOrWhiteSpace(request.Extension) ? null : request.Extension.Trim();
        requestor.CanOpenTicket = request.CanOpenTicket;
        requestor.Active = request.Active;
        requestor.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two saves of the same new e-mail at once: the unique index keeps one, the other is told.
            return Error.Validation("Email", "Já existe um solicitante com este e-mail.");
        }

        return Result<Guid>.Success(requestor.Id);
    }

    private static Result<(string Email, string? Telephone)> Validate(SaveRequestorRequest request)
    {
        var errors = new List<Error>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(Error.Validation("Name", "Informe o nome do solicitante."));
        }
        else if (name.Length > TicketLimits.PersonName)
        {
            errors.Add(Error.Validation("Name", $"O nome deve ter no máximo {TicketLimits.PersonName} caracteres."));
        }

        var email = request.Email?.Trim().ToLowerInvariant() ?? "";
        if (email.Length == 0)
        {
            errors.Add(Error.Validation("Email", "Informe o e-mail do solicitante."));
        }
        else if (!EmailAddresses.IsValid(email))
        {
            errors.Add(Error.Validation("Email", "Informe um e-mail válido."));
        }

        var telephone = Telephones.ToE164(request.Telephone, request.Country, "Telephone");
        errors.AddRange(telephone.Errors);
        if (request.Extension?.Trim().Length > TicketLimits.Extension)
        {
            errors.Add(Error.Validation("Extension", $"O ramal deve ter no máximo {TicketLimits.Extension} caracteres."));
        }

        return errors.Count > 0 ? Result<(string, string?)>.Failure(errors) : Result<(string, string?)>.Success((email, telephone.Value));
    }
}
