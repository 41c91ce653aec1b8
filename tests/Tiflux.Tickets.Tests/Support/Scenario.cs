using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tests.Support;

/// <summary>Test data builder: one client with a rider, a service and a travel, and desks to open tickets on.</summary>
public sealed class Scenario(TicketsDb db)
{
    public static readonly ActorDto Tech = new(Guid.CreateVersion7(), "Técnica de Teste", MayHandleMoney: true);

    public ClientSummary Client { get; private set; } = null!;

    public RiderTermsDto Rider { get; private set; } = null!;

    public StandaloneServiceDto Service { get; private set; } = null!;

    public TravelDto Travel { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(db.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")).DateTime);

    public Guid TechnicianId { get; } = Guid.CreateVersion7();

    public static async Task<Scenario> CreateAsync(TicketsDb db)
    {
        var scenario = new Scenario(db);
        scenario.Client = db.Contracts.AddClient("Cliente " + Guid.NewGuid().ToString("N")[..6]);
        scenario.Rider = db.Contracts.AddRider(scenario.Client.Id, scenario.Today.AddDays(-30), null);
        scenario.Service = db.Contracts.AddService(scenario.Client.Id, external: 180m, remote: 120m, @internal: 90m);
        scenario.Travel = db.Contracts.AddTravel(scenario.Client.Id, 75m);
        await Task.CompletedTask;
        return scenario;
    }

    public Task<Guid> DeskAsync(bool review, DeskValuationMode mode = DeskValuationMode.WithValuation, ReviewerKind reviewer = ReviewerKind.Both, int deadlineHours = 72, bool mayReopenReviewed = false) =>
        db.WithTickets(async (ITicketSetup t) => (await t.SaveDeskAsync(
            new SaveDeskRequest(
                null,
                "Mesa " + Guid.NewGuid().ToString("N")[..8],
                ["Triagem", "Atendimento", "Concluído"],
                [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal", "Alta"],
                [],
                mode,
                review,
                reviewer,
                deadlineHours,
                mayReopenReviewed),
            CancellationToken.None)).Value);

    public async Task<int> TicketAsync(Guid deskId, Guid? clientId = null)
    {
        var result = await db.WithTickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("Computador não liga", "Detalhes", clientId ?? Client.Id, deskId, null, null, null, "Ana", "ana@cliente.example", null),
            Tech,
            CancellationToken.None));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public SaveTimeEntryRequest Entry(int ticket, int fromHour, int toHour, EntryKind kind = EntryKind.Standalone, AttendanceMode mode = AttendanceMode.Remote, DateOnly? date = null) =>
        new(
            ticket,
            null,
            date ?? Today.AddDays(-1),
            new TimeOnly(fromHour, 0),
            new TimeOnly(toHour, 0),
            TechnicianId,
            Tech.Name,
            "Troca de fonte",
            mode,
            kind,
            kind == EntryKind.Contract ? Rider.Id : null,
            kind == EntryKind.Standalone ? Service.Id : null);

    public Task<Result<Guid>> SaveAsync(SaveTimeEntryRequest request) =>
        db.WithTickets((ITicketWork t) => t.SaveTimeEntryAsync(request, Tech, CancellationToken.None));

    public async Task<Guid> SaveOkAsync(SaveTimeEntryRequest request)
    {
        var result = await SaveAsync(request);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public async Task CloseAndApproveAsync(int ticket)
    {
        var closed = await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket, Tech, CancellationToken.None));
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        var state = (await db.WithTickets((ITicketQueries t) => t.GetTicketAsync(ticket, CancellationToken.None)))!.State;
        if (state == TicketState.AwaitingReview)
        {
            var approved = await db.WithTickets((ITicketLifecycle t) => t.ReviewTicketAsync(
                new ReviewTicketRequest(ticket, true, ReviewerRole.PermissionedUser, 5, null), Tech, CancellationToken.None));
            Assert.True(approved.IsSuccess, string.Join("; ", approved.Errors.Select(e => e.Message)));
        }
    }

    public Task<TicketDto> GetAsync(int ticket) => db.WithTickets(async (ITicketQueries t) => (await t.GetTicketAsync(ticket, CancellationToken.None))!);
}
