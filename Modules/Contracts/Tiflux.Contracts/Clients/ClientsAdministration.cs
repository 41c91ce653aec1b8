using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

internal sealed class ClientsAdministration(ContractsDbContext db, TimeProvider clock, ContractListQuery contractList, IEnumerable<IClientDeactivationCheck> deactivationChecks)
    : IClientsAdministration
{
    public async Task<PagedList<ClientListItemDto>> ListClientsAsync(ClientListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Clients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = $"%{request.Search.Trim()}%";
            var digits = TaxId.Normalize(request.Search);
            query = query.Where(c => EF.Functions.ILike(c.Name, pattern) || EF.Functions.ILike(c.LegalName, pattern)
                || (digits.Length > 0 && c.TaxId.Contains(digits)));
        }

        if (request.Active is { } active)
        {
            query = query.Where(c => c.Active == active);
        }

        var (page, size) = Paging.Normalize(request.Page, request.PageSize);
        var total = await query.CountAsync(cancellationToken);
        var clients = await query.OrderBy(c => c.Name).Skip(PagedList.Skip(page, size)).Take(size).ToListAsync(cancellationToken);
        var ids = clients.Select(c => c.Id).ToList();
        var today = BrazilTime.Today(clock);
        var contracts = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.ClientId)).ToListAsync(cancellationToken);
        var items = clients.Select(c => new ClientListItemDto(
            c.Id, c.Name, c.LegalName, TaxId.Format(c.TaxId), c.Active,
            contracts.Count(k => k.ClientId == c.Id && k.StatusOn(today) is ContractStatus.Active or ContractStatus.PendingAdjustment))).ToList();
        return new PagedList<ClientListItemDto>(items, page, size, total);
    }

    public async Task<IReadOnlyList<ResourceGroupDto>> ListResourceGroupsAsync(Guid? clientId, CancellationToken cancellationToken) =>
        await db.ResourceGroups.AsNoTracking()
            .Where(g => clientId == null || g.ClientId == clientId)
            .OrderBy(g => g.ClientId).ThenBy(g => g.Name)
            .Select(g => new ResourceGroupDto(g.Id, g.Name) { ClientId = g.ClientId })
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ResourceDto>> ListResourcesAsync(Guid? clientId, CancellationToken cancellationToken) =>
        await (from r in db.Resources.AsNoTracking()
               where clientId == null || r.ClientId == clientId
               join g in db.ResourceGroups.AsNoTracking() on r.ResourceGroupId equals g.Id into groups
               from g in groups.DefaultIfEmpty()
               orderby r.ClientId, r.Name
               select new ResourceDto(r.Id, r.ClientId, r.Name, r.ResourceGroupId, g == null ? null : g.Name))
            .ToListAsync(cancellationToken);

    public async Task<ClientDetailsDto?> GetClientDetailsAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return null;
        }

        var groups = await db.ResourceGroups.AsNoTracking().Where(g => g.ClientId == clientId).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var resources = await db.Resources.AsNoTracking().Where(r => r.ClientId == clientId).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var contracts = await contractList.ListAsync(new ContractListRequest(clientId, null, null, null, 1, 200), cancellationToken);
        return new ClientDetailsDto(
            client.ToSummary(),
            client.Notes,
            [.. groups.Select(g => new ResourceGroupDto(g.Id, g.Name))],
            [.. resources.Select(r => new ResourceDto(r.Id, r.ClientId, r.Name, r.ResourceGroupId, groups.FirstOrDefault(g => g.Id == r.ResourceGroupId)?.Name))],
            contracts.Items);
    }

    public async Task<Result<Guid>> CreateClientAsync(SaveClientRequest request, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(request, null, cancellationToken);
        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        var client = new Client
        {
            Name = request.Name.Trim(),
            LegalName = request.LegalName.Trim(),
            TaxId = TaxId.Normalize(request.TaxId),
            CreatedAt = clock.GetUtcNow(),
        };
        Apply(client, request);
        db.Clients.Add(client);
        return await SaveUniqueAsync(client.Id, cancellationToken);
    }

    public async Task<Result> UpdateClientAsync(Guid clientId, SaveClientRequest request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return Result.Failure(Error.NotFound("Cliente não encontrado."));
        }

        var errors = await ValidateAsync(request, clientId, cancellationToken);
        if (errors.Any)
        {
            return Result.Failure(errors.All);
        }

        client.Name = request.Name.Trim();
        client.LegalName = request.LegalName.Trim();
        client.TaxId = TaxId.Normalize(request.TaxId);
        Apply(client, request);
        return await SaveUniqueAsync(client.Id, cancellationToken);
    }

    public async Task<Result> SetClientActiveAsync(Guid clientId, bool active, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return Result.Failure(Error.NotFound("Cliente não encontrado."));
        }

        if (!active)
        {
            var today = BrazilTime.Today(clock);
            var contracts = await db.Contracts.AsNoTracking().Where(c => c.ClientId == clientId).ToListAsync(cancellationToken);
            if (contracts.Any(c => c.StatusOn(today) is ContractStatus.Active or ContractStatus.PendingAdjustment))
            {
                return Result.Failure(Error.Conflict("O cliente tem contratos ativos ou pendentes de reajuste e não pode ser inativado."));
            }

            foreach (var check in deactivationChecks)
            {
                if (await check.BlockingReasonAsync(clientId, cancellationToken) is { } reason)
                {
                    return Result.Failure(Error.Conflict(reason));
                }
            }
        }

        client.Active = active;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result<Guid>> AddResourceGroupAsync(Guid clientId, string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Error.Validation("Name", "Informe o nome do grupo de recurso.");
        }

        if (!await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken))
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        if (await db.ResourceGroups.AnyAsync(g => g.ClientId == clientId && g.Name == name.Trim(), cancellationToken))
        {
            return Error.Validation("Name", "Já existe um grupo de recurso com esse nome para o cliente.");
        }

        var group = new ResourceGroup { ClientId = clientId, Name = name.Trim() };
        db.ResourceGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(group.Id);
    }

    public async Task<Result<Guid>> AddResourceAsync(AddResourceRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return Error.Validation("Name", "Informe o nome do recurso.");
        }

        if (!await db.Clients.AnyAsync(c => c.Id == request.ClientId, cancellationToken))
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        if (request.ResourceGroupId is { } groupId
            && !await db.ResourceGroups.AnyAsync(g => g.Id == groupId && g.ClientId == request.ClientId, cancellationToken))
        {
            return Error.Validation("ResourceGroupId", "O grupo de recurso não pertence a este cliente.");
        }

        var resource = new Resource
        {
            ClientId = request.ClientId,
            Name = request.Name.Trim(),
            Description = request.Description.Trim(),
            ResourceGroupId = request.ResourceGroupId,
        };
        db.Resources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(resource.Id);
    }

    private static void Apply(Client client, SaveClientRequest request)
    {
        client.FinanceEmails = Errors.SplitEmails(request.FinanceEmails);
        client.ReportLayout = request.ReportLayout;
        client.Notes = request.Notes.Trim();
    }

    private async Task<Errors> ValidateAsync(SaveClientRequest request, Guid? currentId, CancellationToken cancellationToken)
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

    private async Task<Result<Guid>> SaveUniqueAsync(Guid id, CancellationToken cancellationToken)
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
