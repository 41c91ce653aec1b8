using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Catalog;

internal sealed class CatalogAdministration(ContractsDbContext db) : ICatalogAdministration
{
    public async Task<IReadOnlyList<StandaloneServiceDto>> ListStandaloneServicesAsync(CancellationToken cancellationToken) =>
        [.. (await db.StandaloneServices.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken)).Select(s => s.ToDto())];

    public async Task<Result<Guid>> SaveStandaloneServiceAsync(Guid? id, SaveStandaloneServiceRequest request, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.NotBlank(request.Name, "Name", "o nome do serviço");
        errors.NotNegative(request.ExternalHourRate, "ExternalHourRate", "O valor da hora externa");
        errors.NotNegative(request.RemoteHourRate, "RemoteHourRate", "O valor da hora remota");
        errors.NotNegative(request.InternalHourRate, "InternalHourRate", "O valor da hora interna");
        await RequireClientAsync(request.ClientId, errors, cancellationToken);
        var service = id is null ? new StandaloneService { Name = "" } : await db.StandaloneServices.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return Error.NotFound("Serviço avulso não encontrado.");
        }

        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        service.Name = request.Name.Trim();
        service.ClientId = request.ClientId;
        service.ExternalHourRate = request.ExternalHourRate;
        service.RemoteHourRate = request.RemoteHourRate;
        service.InternalHourRate = request.InternalHourRate;
        service.Active = request.Active;
        if (id is null)
        {
            db.StandaloneServices.Add(service);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(service.Id);
    }

    public async Task<IReadOnlyList<TravelDto>> ListTravelsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Travels.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => t.ToDto())];

    public async Task<Result<Guid>> SaveTravelAsync(Guid? id, SaveTravelRequest request, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.NotBlank(request.Name, "Name", "o nome do deslocamento");
        errors.NotNegative(request.Value, "Value", "O valor");
        errors.Require(request.Scope != TravelScope.Client || request.ClientId is not null, "ClientId", "Escolha o cliente do deslocamento.");
        errors.Require(request.Scope != TravelScope.Contract || request.ContractId is not null, "ContractId", "Escolha o contrato do deslocamento.");
        if (request.Scope == TravelScope.Contract && request.ContractId is { } contractId)
        {
            errors.Require(await db.Contracts.AnyAsync(c => c.Id == contractId, cancellationToken), "ContractId", "Contrato não encontrado.");
        }

        await RequireClientAsync(request.Scope == TravelScope.Client ? request.ClientId : null, errors, cancellationToken);
        var travel = id is null ? new Travel { Name = "" } : await db.Travels.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (travel is null)
        {
            return Error.NotFound("Deslocamento não encontrado.");
        }

        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        travel.Name = request.Name.Trim();
        travel.Value = request.Value;
        travel.Scope = request.Scope;
        travel.ClientId = request.Scope == TravelScope.Client ? request.ClientId : null;
        travel.ContractId = request.Scope == TravelScope.Contract ? request.ContractId : null;
        travel.Active = request.Active;
        if (id is null)
        {
            db.Travels.Add(travel);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(travel.Id);
    }

    public async Task<IReadOnlyList<ExtraExpenseDto>> ListExtraExpensesAsync(CancellationToken cancellationToken) =>
        [.. (await db.ExtraExpenses.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken)).Select(e => e.ToDto())];

    public async Task<Result<Guid>> SaveExtraExpenseAsync(Guid? id, SaveExtraExpenseRequest request, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.NotBlank(request.Name, "Name", "o nome do gasto extra");
        errors.NotNegative(request.UnitValue, "UnitValue", "O valor unitário");
        var expense = id is null ? new ExtraExpense { Name = "" } : await db.ExtraExpenses.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (expense is null)
        {
            return Error.NotFound("Gasto extra não encontrado.");
        }

        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        expense.Name = request.Name.Trim();
        expense.UnitValue = request.UnitValue;
        expense.Description = (request.Description ?? "").Trim();
        expense.Active = request.Active;
        if (id is null)
        {
            db.ExtraExpenses.Add(expense);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(expense.Id);
    }

    private async Task RequireClientAsync(Guid? clientId, Errors errors, CancellationToken cancellationToken)
    {
        if (clientId is { } id)
        {
            errors.Require(await db.Clients.AnyAsync(c => c.Id == id, cancellationToken), "ClientId", "Cliente não encontrado.");
        }
    }
}
