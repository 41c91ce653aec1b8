using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Reminders;
using Tiflux.Contracts;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications;
using Tiflux.Reporting;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>A Horas contract (10:00 a cycle) that reminds at 80%, on 20/04/2026.</summary>
[Trait("Category", "Integration")]
public sealed class ConsumptionReminderTests : IAsyncLifetime
{
    private static readonly ActorDto Tech = new(Guid.NewGuid(), "Técnica", MayHandleMoney: true);

    private ModuleTestServices _services = null!;
    private Guid _rider;
    private int _ticket;

    public async Task InitializeAsync()
    {
        _services = await ModuleTestServices.CreateAsync(new DateTimeOffset(2026, 4, 20, 15, 0, 0, TimeSpan.Zero),
            s => s.AddContractsModule(), s => s.AddTicketsModule(), s => s.AddBillingModule(), s => s.AddReportingModule(),
            s => s.AddNotificationsModule(), s => s.AddSingleton<Tiflux.Notifications.PublicApi.IPublicLinks, Tiflux.TestKit.TestPublicLinks>(), s => s.AddSingleton<Tiflux.Notifications.PublicApi.IStaffContacts, Tiflux.TestKit.TestStaffContacts>(), s => s.AddSingleton<Hangfire.IBackgroundJobClient, RecordingJobClient>(),
            s => s.AddSingleton<Tiflux.Reporting.PublicApi.IAttachmentLinkSigner, TestAttachmentLinks>());
        var client = Ok(await _services.InScopeAsync<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest("Alfa", "Alfa Ltda", "11.222.333/0001-81", ["fin@alfa.com.br"], ClosingReportLayout.Detailed, ""), default)));
        var type = Ok(await _services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync("Horas", ContractModality.Hours, default)));
        var start = new DateOnly(2026, 3, 1);
        var settings = new ContractSettingsRequest("Banco de horas", BillingTiming.InArrears, 0, false, start, null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", null, null, 0, 0, true, 80, ["gestor@alfa.com.br"], []);
        var rider = new RiderTermsRequest(start, null, 10, 1000m, 0m, DiscountType.Currency, 600, 150m, null, null, null, null, null, null, [], "");
        var contract = Ok(await _services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new CreateContractRequest(client, type, settings, rider, "t"), default)));
        _rider = (await _services.InScopeAsync<IContractsModule, IReadOnlyList<ContractTermsDto>>(c => c.GetContractTermsAsync(new(null, [contract]), default))).Single().Riders.Single().Id;
        var desk = Ok(await Tickets((ITicketSetup t) => t.SaveDeskAsync(new SaveDeskRequest(null, "Suporte", ["Triagem"],
            [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)], ["Normal"], [],
            DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, true), default)));
        _ticket = Ok(await Tickets((ITicketLifecycle t) => t.CreateTicketAsync(new CreateTicketRequest("Servidor", "Lento", client, desk, null, null, null, "Ana", null, null), Tech, default)));
        await EntryAsync(new DateOnly(2026, 3, 30), 8, 18);
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    [Fact]
    public async Task Reminder_IsQueuedOnceWhenTheCycleCrossesThePercentage_AndNotBefore()
    {
        await EntryAsync(new DateOnly(2026, 4, 2), 8, 15);
        var below = await RunAsync();

        await EntryAsync(new DateOnly(2026, 4, 3), 8, 9);
        var crossed = await RunAsync();
        var again = await RunAsync();

        // April: 7:00 + 1:00 = 8:00 of 10:00 = 80%. The 10:00 of March belong to the previous cycle.
        Assert.Equal((0, 1, 0), (below, crossed, again));
        await DeliverBillingEventsAsync();
        var subject = await _services.Database.ScalarAsync<string>("SELECT subject FROM notifications.outgoing_messages");
        Assert.Contains("atingiu 80%", subject, StringComparison.Ordinal);
        Assert.Equal("gestor@alfa.com.br", await _services.Database.ScalarAsync<string>("SELECT recipients FROM notifications.outgoing_messages"));

        // The forecast: 8:00 in 20 days is 24 min a day; the 2:00 left last 5 more days (issue 25).
        var text = await _services.Database.ScalarAsync<string>("SELECT text_body FROM notifications.outgoing_messages");
        Assert.Contains("Previsão: No ritmo atual, as horas acabam em 25/04/2026 (o ciclo vai até 30/04/2026).", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_IsEventAndRowInOneTransaction_AndAReplayedEventQueuesNoSecondEmail()
    {
        await EntryAsync(new DateOnly(2026, 4, 2), 8, 17);

        Assert.Equal(1, await RunAsync());
        Assert.Equal(1L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.consumption_reminders"));
        Assert.Equal(1L, await _services.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM billing.outbox_messages WHERE type = '{Tiflux.Billing.PublicApi.BillingEventTypes.ConsumptionThresholdReached}'"));
        Assert.Equal(0L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));

        await DeliverBillingEventsAsync();
        await _services.Database.ScalarAsync<int>("UPDATE billing.outbox_messages SET processed_at = NULL");
        await DeliverBillingEventsAsync();

        Assert.Equal(1L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages WHERE kind = 'ConsumptionReminder'"));
        Assert.Equal(0L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.outbox_messages WHERE processed_at IS NULL"));
    }

    private async Task DeliverBillingEventsAsync()
    {
        await using var scope = _services.Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Outbox.BillingOutboxJob>().RunAsync(default);
    }

    private Task<int> RunAsync() => _services.InScopeAsync<ConsumptionReminderJob, int>(j => j.RunAsync(default));

    private Task<T> Tickets<TApi, T>(Func<TApi, Task<T>> action)
        where TApi : notnull => _services.InScopeAsync(action);

    private async Task EntryAsync(DateOnly date, int from, int to) =>
        Ok(await Tickets((ITicketWork t) => t.SaveTimeEntryAsync(new SaveTimeEntryRequest(
            _ticket, null, date, new TimeOnly(from, 0), new TimeOnly(to, 0), Tech.UserId, Tech.Name, "Atendimento",
            AttendanceMode.Remote, EntryKind.Contract, _rider, null, null, null, false), Tech, default)));

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
