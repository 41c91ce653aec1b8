using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets;

namespace Tiflux.Contracts.Tests.Integration;

/// <summary>The Contracts module on its own fresh database, with the clock at 15/03/2026.</summary>
public abstract class ContractsFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    protected ModuleTestServices Services { get; private set; } = null!;

    public async Task InitializeAsync() => Services = await ModuleTestServices.CreateAsync(Now, s => s.AddContractsModule(), s => s.AddTicketsModule());

    public async Task DisposeAsync() => await Services.DisposeAsync();

    protected Task<T> Clients<T>(Func<IClientsAdministration, Task<T>> action) => Services.InScopeAsync(action);

    protected Task<T> Admin<T>(Func<IContractsAdministration, Task<T>> action) => Services.InScopeAsync(action);

    protected Task<T> Module<T>(Func<IContractsModule, Task<T>> action) => Services.InScopeAsync(action);

    protected Task<T> Catalog<T>(Func<ICatalogAdministration, Task<T>> action) => Services.InScopeAsync(action);

    protected async Task<Guid> NewClientAsync(string name, string taxId)
    {
        var result = await Clients(c => c.CreateClientAsync(new SaveClientRequest(name, name + " Ltda", taxId, ["fin@cliente.com.br"], ClosingReportLayout.Detailed, ""), default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    protected async Task<Guid> NewTypeAsync(ContractModality modality)
    {
        var result = await Admin(a => a.CreateContractTypeAsync($"Tipo {modality}", modality, default));
        return result.IsSuccess ? result.Value : (await Admin(a => a.ListContractTypesAsync(default))).Single(t => t.Modality == modality).Id;
    }

    protected async Task<Guid> NewContractAsync(Guid clientId, ContractModality modality, Func<ContractSettingsRequest, ContractSettingsRequest>? settings = null, Func<RiderTermsRequest, RiderTermsRequest>? rider = null)
    {
        var result = await CreateContractAsync(clientId, modality, settings, rider);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }

    protected async Task<SharedKernel.Result<Guid>> CreateContractAsync(Guid clientId, ContractModality modality, Func<ContractSettingsRequest, ContractSettingsRequest>? settings = null, Func<RiderTermsRequest, RiderTermsRequest>? rider = null)
    {
        var type = await NewTypeAsync(modality);
        var s = (settings ?? (x => x))(Requests.Settings(new DateOnly(2026, 1, 1)));
        var r = (rider ?? (x => x))(Requests.ValidRider(modality, s.StartDate));
        return await Admin(a => a.CreateContractAsync(new CreateContractRequest(clientId, type, s, r, "teste"), default));
    }

    protected Task<long> CountAsync(string table) => Services.Database.ScalarAsync<long>($"SELECT count(*) FROM contracts.{table}")!;
}
