using System.Globalization;
using System.Net;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class BillingHistoryTests(ApiFixture fixture)
{
    private static readonly string[] RowFields =
        ["billing_id", "billing_date", "client_id", "client_name", "due_date", "nfe_number", "paid", "real_value", "reversal"];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Billings_and_reversals_appear_with_the_documented_row()
    {
        var ticket = await BillableTicketAsync("Ticket faturável");
        using var api = fixture.Client(Groups.Finance);
        var client = await World.ClientIdAsync(api, World.OtherClientName);

        // Bill and reverse 15 times, then bill once more: 16 rows for this client, the newest not reversed.
        BillingCreatedDto last = null!;
        for (var i = 0; i < 16; i++)
        {
            last = await BillAsync();
            if (i < 15)
            {
                await ReverseAsync(last.Id);
            }
        }

        var response = (await api.GetAsync($"/reports/billings/history?client_id={client}")).Expect(HttpStatusCode.OK);
        Assert.Equal(16, response.TotalItems);
        var rows = Shape.Items(response);
        Assert.Equal(15, rows.Count);
        var row = rows[0];
        Shape.Has(row, RowFields);
        Assert.Equal(last.Number, Shape.Int(row, "billing_id"));
        Assert.Equal(Iso(Today), Shape.Date(row, "billing_date"));
        Assert.Equal(client, Shape.Int(row, "client_id"));
        Assert.Equal(World.OtherClientName, Shape.Str(row, "client_name"));
        Assert.Equal(Iso(Today.AddDays(10)), Shape.Date(row, "due_date"));
        Shape.Null(row, "nfe_number");
        Assert.False(Shape.Bool(row, "paid"));
        Assert.Equal(last.RealValue, Shape.Money(row, "real_value"));
        Assert.Equal(120m, last.RealValue);
        Assert.False(Shape.Bool(row, "reversal"));
        Assert.All(rows.Skip(1), r => Assert.True(r.GetProperty("reversal").GetBoolean()));

        var second = Shape.Items((await api.GetAsync($"/reports/billings/history?client_id={client}&offset=2")).Expect(HttpStatusCode.OK));
        Assert.Single(second);
        Assert.Equal(16, (await api.GetAsync($"/reports/billings/history?client_id={client}&limit=20")).Expect(HttpStatusCode.OK).Json.GetArrayLength());

        var billed = (await api.GetAsync($"/reports/billings/history?client_id={client}&_type=billed")).Expect(HttpStatusCode.OK);
        Assert.Equal(last.Number, Assert.Single(Shape.Items(billed)).GetProperty("billing_id").GetInt32());
        Assert.Equal(15, (await api.GetAsync($"/reports/billings/history?client_id={client}&_type=reversed")).Expect(HttpStatusCode.OK).TotalItems);
        Assert.Equal(0, (await api.GetAsync($"/reports/billings/history?client_id={client}&_type=paid")).Expect(HttpStatusCode.OK).TotalItems);
        Assert.Equal(16, (await api.GetAsync($"/reports/billings/history?ticket_number={ticket}")).Expect(HttpStatusCode.OK).TotalItems);

        // Paid (confirmed by a payment integration) is still billed: both filters list it, with paid true.
        var confirmed = await fixture.In<IBillingPayments, Result>(p => p.ConfirmPaymentAsync(last.Id, DateTimeOffset.UtcNow, "teste", default));
        Assert.True(confirmed.IsSuccess);
        var paid = Assert.Single(Shape.Items((await api.GetAsync($"/reports/billings/history?client_id={client}&_type=paid")).Expect(HttpStatusCode.OK)));
        Assert.True(Shape.Bool(paid, "paid"));
        Assert.Equal(last.Number, Assert.Single(Shape.Items((await api.GetAsync($"/reports/billings/history?client_id={client}&_type=billed")).Expect(HttpStatusCode.OK)))
            .GetProperty("billing_id").GetInt32());
        Assert.True((await fixture.In<IBillingPayments, Result>(p => p.UndoPaymentAsync(last.Id, "teste", "conferência", default))).IsSuccess);
        var dated = await api.GetAsync($"/reports/billings/history?client_id={client}&billing_start_date={Iso(Today)}&billing_end_date={Iso(Today)}");
        Assert.Equal(16, dated.Expect(HttpStatusCode.OK).TotalItems);
        Assert.Equal(0, (await api.GetAsync($"/reports/billings/history?client_id={client}&due_start_date=2000-01-01&due_end_date=2000-12-31")).Expect(HttpStatusCode.OK).TotalItems);

        await ReverseAsync(last.Id);
        var reversed = Shape.Items((await api.GetAsync($"/reports/billings/history?client_id={client}")).Expect(HttpStatusCode.OK))[0];
        Assert.Equal(last.Number, Shape.Int(reversed, "billing_id"));
        Assert.True(Shape.Bool(reversed, "reversal"));
        Assert.Equal(last.RealValue, Shape.Money(reversed, "real_value"));
        Assert.Equal(0, (await api.GetAsync($"/reports/billings/history?client_id={client}&_type=billed")).Expect(HttpStatusCode.OK).TotalItems);
        var onlyReversed = (await api.GetAsync($"/reports/billings/history?client_id={client}&_type=reversed&limit=200")).Expect(HttpStatusCode.OK);
        Assert.Equal(16, onlyReversed.TotalItems);
        Assert.Contains(last.Number, World.Numbers(onlyReversed, "billing_id"));
    }

    [Fact]
    public async Task Technician_may_not_read_the_history()
    {
        using var api = fixture.Client(Groups.Technician);
        var error = (await api.GetAsync("/reports/billings/history")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        Assert.Equal("You are not authorized to access this page.", Assert.Single(error));
        Assert.Equal("Access Denied - You cannot access this route", (await api.GetAsync("/reports/billings/history"))["message"].GetString());
    }

    [Fact]
    public async Task Date_ranges_need_both_ends()
    {
        using var api = fixture.Client(Groups.Finance);
        var error = (await api.GetAsync("/reports/billings/history?billing_start_date=2026-01-01")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "billing_end_date");
        Assert.Equal("can't be blank if :billing_start_date is provided", Assert.Single(error));
        var due = (await api.GetAsync("/reports/billings/history?due_end_date=2026-01-01")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "due_start_date");
        Assert.Equal("can't be blank if :due_end_date is provided", Assert.Single(due));
        (await api.GetAsync("/reports/billings/history?_type=paga")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "_type");
        (await api.GetAsync("/reports/billings/history?client_id=0")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "client_id");
        var empty = (await api.GetAsync("/reports/billings/history?client_id=999999")).Expect(HttpStatusCode.OK);
        Assert.Empty(Shape.Items(empty));
        Assert.Equal(0, empty.TotalItems);
    }

    /// <summary>A reviewed ticket of the other client with one remote hour of the loose service (120.00).</summary>
    private async Task<int> BillableTicketAsync(string title)
    {
        var actor = new ActorDto(fixture.TechnicianId, ApiFixture.TechnicianName, MayHandleMoney: true);
        var number = Ok(await fixture.In<ITicketLifecycle, Result<int>>(t => t.CreateTicketAsync(
            new CreateTicketRequest(title, "Descrição", fixture.OtherClientId, fixture.DeskId, null, fixture.TechnicianId, ApiFixture.TechnicianName, "Rui", "rui@oficina.example", null), actor, default)));
        Ok(await fixture.In<ITicketWork, Result<Guid>>(t => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(number, null, ApiFixture.Yesterday, new(18, 0), new(19, 0), fixture.TechnicianId, ApiFixture.TechnicianName, "Ajuste remoto",
                AttendanceMode.Remote, EntryKind.Standalone, null, fixture.ServiceId), actor, default)));
        Assert.True((await fixture.In<ITicketLifecycle, Result>(t => t.CloseTicketAsync(number, actor, default))).IsSuccess);
        Assert.True((await fixture.In<ITicketLifecycle, Result>(t => t.ReviewTicketAsync(new ReviewTicketRequest(number, true, ReviewerRole.PermissionedUser, 5, "ok"), actor, default))).IsSuccess);
        return number;
    }

    private async Task<BillingCreatedDto> BillAsync() =>
        Ok(await fixture.In<IBillingWorkflow, Result<BillingCreatedDto>>(b => b.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(fixture.OtherClientId, new PendingRequest(Today, null, [fixture.OtherClientId], PendingScope.Both), [], true), null, Today, Today.AddDays(10), 0m, 0m, null,
            "", [], "financeiro"), default)));

    private async Task ReverseAsync(Guid billingId)
    {
        var result = await fixture.In<IBillingWorkflow, Result>(b => b.ReverseBillingAsync(billingId, "Estorno de teste", "financeiro", default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
