using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Tickets.Tests.Support;

/// <summary>The Contracts facade as Tickets sees it, with data the test controls.</summary>
public sealed class FakeContracts : IContractsModule, ICatalogAdministration
{
    private readonly Lock _gate = new();
    private readonly List<ClientSummary> _clients = [];
    private readonly List<RiderTermsDto> _riders = [];
    private readonly List<StandaloneServiceDto> _services = [];
    private readonly List<TravelDto> _travels = [];
    private readonly List<ExtraExpenseDto> _extras = [];
    private readonly List<ResourceDto> _resources = [];

    public ClientSummary AddClient(string name)
    {
        var client = new ClientSummary(Guid.CreateVersion7(), name, name + " Ltda", "00000000000191", "00.000.000/0001-91", [], ClosingReportLayout.Detailed, true);
        lock (_gate)
        {
            _clients.Add(client);
        }

        return client;
    }

    public RiderTermsDto AddRider(Guid clientId, DateOnly start, DateOnly? end, ContractModality modality = ContractModality.Hours)
    {
        var rider = new RiderTermsDto(
            Guid.CreateVersion7(), Guid.CreateVersion7(), "Contrato de suporte", clientId, modality, 1, start, end, 10, 1000m, 0m,
            DiscountType.Currency, 600, 150m, null, 200m, 120m, 90m, null, null, []);
        lock (_gate)
        {
            _riders.Add(rider);
        }

        return rider;
    }

    public StandaloneServiceDto AddService(Guid? clientId, decimal external, decimal remote, decimal @internal, bool active = true)
    {
        var service = new StandaloneServiceDto(Guid.CreateVersion7(), "Suporte avulso", clientId, external, remote, @internal, active);
        lock (_gate)
        {
            _services.Add(service);
        }

        return service;
    }

    public TravelDto AddTravel(Guid? clientId, decimal value)
    {
        var travel = new TravelDto(Guid.CreateVersion7(), "Visita técnica", value, clientId is null ? TravelScope.All : TravelScope.Client, clientId, null, true);
        lock (_gate)
        {
            _travels.Add(travel);
        }

        return travel;
    }

    public ExtraExpenseDto AddExtraExpense(string name, decimal unitValue)
    {
        var extra = new ExtraExpenseDto(Guid.CreateVersion7(), name, unitValue, "", true);
        lock (_gate)
        {
            _extras.Add(extra);
        }

        return extra;
    }

    public ResourceDto AddResource(Guid clientId, string name, string group)
    {
        var resource = new ResourceDto(Guid.CreateVersion7(), clientId, name, Guid.CreateVersion7(), group);
        lock (_gate)
        {
            _resources.Add(resource);
        }

        return resource;
    }

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<ClientSummary?> GetClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        Task.FromResult(Snapshot(_clients).FirstOrDefault(c => c.Id == clientId));

    public Task<IReadOnlyList<ClientSummary>> GetClientsAsync(IReadOnlyCollection<Guid>? clientIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClientSummary>>([.. Snapshot(_clients).Where(c => clientIds is null || clientIds.Contains(c.Id)).OrderBy(c => c.Name)]);

    public Task<ValuationOptionsDto> GetValuationOptionsAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken) =>
        Task.FromResult(new ValuationOptionsDto(
            [.. Snapshot(_riders).Where(r => r.ClientId == clientId && r.IsInForceOn(date))],
            [.. Snapshot(_services).Where(s => s.Active && (s.ClientId is null || s.ClientId == clientId))],
            [.. Snapshot(_travels).Where(t => t.Active && (t.ClientId is null || t.ClientId == clientId))]));

    public Task<RiderTermsDto?> GetRiderAsync(Guid riderId, CancellationToken cancellationToken) =>
        Task.FromResult(Snapshot(_riders).FirstOrDefault(r => r.Id == riderId));

    public Task<IReadOnlyList<ContractTermsDto>> GetContractTermsAsync(ContractTermsRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ContractTermsDto>>([]);

    public Task<ContractCycleDto?> GetCycleAsync(Guid contractId, DateOnly date, CancellationToken cancellationToken) =>
        Task.FromResult<ContractCycleDto?>(null);

    public Task<CyclesPendingDto> GetCyclesPendingAsync(CyclesPendingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CyclesPendingDto([], []));

    public Task<StandaloneServiceDto?> GetStandaloneServiceAsync(Guid serviceId, CancellationToken cancellationToken) =>
        Task.FromResult(Snapshot(_services).FirstOrDefault(s => s.Id == serviceId));

    public Task<TravelDto?> GetTravelAsync(Guid travelId, CancellationToken cancellationToken) =>
        Task.FromResult(Snapshot(_travels).FirstOrDefault(t => t.Id == travelId));

    public Task<ExtraExpenseDto?> GetExtraExpenseAsync(Guid extraExpenseId, CancellationToken cancellationToken) =>
        Task.FromResult(Snapshot(_extras).FirstOrDefault(e => e.Id == extraExpenseId));

    public Task<ChangeStamps> GetChangeStampsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ChangeStamps(new Dictionary<Guid, long>(), 0));

    public Task<string> GetChangeVersionAsync(CancellationToken cancellationToken) => Task.FromResult("0:0");

    public Task<IReadOnlyList<SharedCreditGroup>> GetSharedCreditGroupsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SharedCreditGroup>>([]);

    public Task<IReadOnlyList<ResourceDto>> GetResourcesAsync(Guid clientId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ResourceDto>>([.. Snapshot(_resources).Where(r => r.ClientId == clientId)]);

    public Task<IReadOnlyList<StandaloneServiceDto>> ListStandaloneServicesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StandaloneServiceDto>>(Snapshot(_services));

    public Task<IReadOnlyList<TravelDto>> ListTravelsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TravelDto>>(Snapshot(_travels));

    public Task<IReadOnlyList<ExtraExpenseDto>> ListExtraExpensesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ExtraExpenseDto>>([.. Snapshot(_extras).OrderBy(e => e.Name)]);

    public Task<Result<Guid>> SaveStandaloneServiceAsync(Guid? id, SaveStandaloneServiceRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<Guid>> SaveTravelAsync(Guid? id, SaveTravelRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<Guid>> SaveExtraExpenseAsync(Guid? id, SaveExtraExpenseRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
