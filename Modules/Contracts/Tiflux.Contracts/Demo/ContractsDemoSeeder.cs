using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Demo;

/// <summary>Clients with one contract of every modality, catalogs and resources; runs only on an empty schema.</summary>
internal sealed class ContractsDemoSeeder(
    ContractsDbContext db,
    IClientsAdministration clients,
    IContractsAdministration contracts,
    ICatalogAdministration catalog,
    TimeProvider clock) : IDemoDataSeeder
{
    private const string Seeder = "dados de demonstração";

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Clients.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = BrazilTime.Today(clock);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-3);
        var types = new Dictionary<ContractModality, Guid>();
        foreach (var (name, modality) in DemoCatalog.ContractTypes)
        {
            types[modality] = Value(await contracts.CreateContractTypeAsync(name, modality, cancellationToken));
        }

        var ids = new Dictionary<string, Guid>();
        foreach (var client in DemoCatalog.Clients)
        {
            ids[client.Name] = Value(await clients.CreateClientAsync(client with { TaxId = Cnpj(client.TaxId) }, cancellationToken));
        }

        foreach (var contract in DemoCatalog.Contracts(start, today))
        {
            var settings = contract.Settings with
            {
                SharedMemberClientIds = [.. contract.MemberNames.Select(n => ids[n])],
            };
            Value(await contracts.CreateContractAsync(
                new CreateContractRequest(ids[contract.ClientName], types[contract.Modality], settings, contract.Rider, Seeder), cancellationToken));
        }

        await SeedCatalogAsync(ids, cancellationToken);
        await SeedResourcesAsync(ids[DemoCatalog.ResourceClient], cancellationToken);
    }

    private async Task SeedCatalogAsync(Dictionary<string, Guid> ids, CancellationToken cancellationToken)
    {
        Value(await catalog.SaveStandaloneServiceAsync(null, new("Suporte técnico avulso", null, 250m, 160m, 190m, true), cancellationToken));
        Value(await catalog.SaveStandaloneServiceAsync(null, new("Consultoria de redes", ids[DemoCatalog.ResourceClient], 320m, 240m, 280m, true), cancellationToken));
        Value(await catalog.SaveTravelAsync(null, new("Visita região metropolitana", 80m, TravelScope.All, null, null, true), cancellationToken));
        Value(await catalog.SaveTravelAsync(null, new("Visita interior", 220m, TravelScope.Client, ids[DemoCatalog.ResourceClient], null, true), cancellationToken));
        Value(await catalog.SaveExtraExpenseAsync(null, new("Cabo de rede Cat6 (metro)", 3.50m, "Cabo UTP Cat6 por metro", true), cancellationToken));
        Value(await catalog.SaveExtraExpenseAsync(null, new("SSD 480 GB", 320m, "SSD SATA 480 GB instalado", true), cancellationToken));
    }

    private async Task SeedResourcesAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var admin = Value(await clients.AddResourceGroupAsync(clientId, "Administrativo", cancellationToken));
        var production = Value(await clients.AddResourceGroupAsync(clientId, "Produção", cancellationToken));
        Value(await clients.AddResourceAsync(new(clientId, "SRV-ERP01", "Servidor do ERP", admin), cancellationToken));
        Value(await clients.AddResourceAsync(new(clientId, "PC-FIN-01", "Estação do financeiro", admin), cancellationToken));
        Value(await clients.AddResourceAsync(new(clientId, "CLP-LINHA2", "Controlador da linha 2", production), cancellationToken));
    }

    private static string Cnpj(string base12)
    {
        for (var check = 0; check < 100; check++)
        {
            var candidate = base12 + check.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            if (TaxId.IsValid(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No CNPJ check digits for {base12}.");
    }

    private static T Value<T>(Result<T> result) => result.IsSuccess
        ? result.Value
        : throw new InvalidOperationException("Demo data rejected: " + string.Join("; ", result.Errors.Select(e => e.Message)));
}
