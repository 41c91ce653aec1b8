using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

/// <summary>What creating and updating a client share: validation, the editable fields and the unique CPF/CNPJ guard.</summary>
internal static class ClientRules
{
    public static void Apply(Client client, SaveClientRequest request)
    {
        client.FinanceEmails = Errors.SplitEmails(request.FinanceEmails);
        client.ReportLayout = request.ReportLayout;
        client.Notes = request.Notes.Trim();
    }

    public static async Task<Errors> ValidateAsync(ContractsDbContext db, SaveClientRequest request, Guid? currentId, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.NotBlank(request.Name, "Name", "o nome fantasia");
        errors.NotBlank(request.LegalName, "LegalName", "a razão social");
        errors.Require((request.Notes ?? "").Length <= 4000, "Notes", "As observações devem ter no máximo 4000 caracteres.");
        var taxId = TaxId.Normalize(request.TaxId);
        if (!TaxId.IsValid(taxId))
        {
            errors.Add("TaxId", "CPF/CNPJ inválido: confira os dígitos verificadores.");
        }
        else if (await db.Clients.AnyAsync(c => c.TaxId == taxId && c.Id != currentId, cancellationToken))
        {
            errors.Add("TaxId", "Já existe um cliente com este CPF/CNPJ.");
        }

        errors.Emails(Errors.SplitEmails(request.FinanceEmails), "FinanceEmails");
        return errors;
    }

    public static async Task<Result<Guid>> SaveUniqueAsync(ContractsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Success(id);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return Error.Validation("TaxId", "Já existe um cliente com este CPF/CNPJ.");
        }
    }
}
