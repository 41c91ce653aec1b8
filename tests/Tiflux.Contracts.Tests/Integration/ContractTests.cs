using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Tests.Integration;

public sealed class ContractTests : ContractsFixture
{
    [Theory]
    [InlineData(ContractModality.Free, 1000)]
    [InlineData(ContractModality.PerTicket, 1000)]
    [InlineData(ContractModality.SaasProduct, 700)]
    [InlineData(ContractModality.Hours, 1000)]
    [InlineData(ContractModality.CumulativeHours, 1000)]
    [InlineData(ContractModality.Credit, 5500)]
    [InlineData(ContractModality.SharedCredit, 5500)]
    public async Task CreateContract_OfEveryModality_KeepsItsTermsAndListsItsValue(ContractModality modality, decimal totalValue)
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);

        var id = await NewContractAsync(client, modality);

        var terms = Assert.Single(await Module(m => m.GetContractTermsAsync(new ContractTermsRequest(null, [id]), default)));
        var listed = Assert.Single((await Admin(a => a.ListContractsAsync(new ContractListRequest(client, null, null, null), default))).Items);
        Assert.Equal(modality, terms.Modality);
        Assert.Equal(1, Assert.Single(terms.Riders).Release);
        Assert.Equal(totalValue, listed.TotalValue);
    }

    [Fact]
    public async Task CreateContract_SaasWithoutItems_IsRefusedAndNothingIsSaved()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);

        var result = await CreateContractAsync(client, ContractModality.SaasProduct, rider: r => r with { Items = [] });

        Assert.Contains(result.Errors, e => e.Field == "Rider.Items" && e.Message == "Um contrato Produto/SaaS precisa de pelo menos um item.");
        Assert.Equal(0, await CountAsync("contracts"));
    }

    [Theory]
    [InlineData("Rider.DueDay", "O dia de vencimento deve estar entre 1 e 28.")]
    [InlineData("Rider.Value", "O valor não pode ser negativo.")]
    [InlineData("Settings.ExpirationDate", "A expiração não pode ser anterior ao início.")]
    [InlineData("Settings.BillingDaysBefore", "Faturar X dias antes deve estar entre 0 e 28.")]
    [InlineData("Rider.DiscountValue", "O desconto percentual não pode passar de 100%.")]
    public async Task CreateContract_WithBadInput_ExplainsTheFieldAndSavesNothing(string field, string message)
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);

        var result = await CreateContractAsync(client, ContractModality.Hours,
            settings: s => field switch
            {
                "Settings.ExpirationDate" => s with { ExpirationDate = s.StartDate.AddDays(-1) },
                "Settings.BillingDaysBefore" => s with { BillingDaysBefore = 29 },
                _ => s,
            },
            rider: r => field switch
            {
                "Rider.DueDay" => r with { DueDay = 29 },
                "Rider.Value" => r with { Value = -1m },
                "Rider.DiscountValue" => r with { DiscountValue = 120m, DiscountType = DiscountType.Percent },
                _ => r,
            });

        Assert.Contains(result.Errors, e => e.Field == field && e.Message == message);
        Assert.Equal(0, await CountAsync("contracts"));
    }

    [Fact]
    public async Task AddRider_ClosesTheOpenRider_AndKeepsTheHistory()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Hours);

        var added = await Admin(a => a.AddRiderAsync(id, Requests.ValidRider(ContractModality.Hours, new DateOnly(2026, 4, 1)) with { Value = 1200m, Reason = "Novo escopo" }, "ana", default));

        Assert.True(added.IsSuccess);
        var details = (await Admin(a => a.GetContractDetailsAsync(id, default)))!;
        Assert.Equal([2, 1], details.RiderHistory.Select(r => r.Terms.Release));
        Assert.Equal(new DateOnly(2026, 3, 31), details.RiderHistory[1].Terms.EndDate);
        Assert.Equal(("Novo escopo", "ana"), (details.RiderHistory[0].Reason, details.RiderHistory[0].CreatedBy));
    }

    [Fact]
    public async Task AddRider_OverlappingAClosedRider_IsRefused()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Free, rider: r => r with { EndDate = new DateOnly(2026, 6, 30) });

        var result = await Admin(a => a.AddRiderAsync(id, Requests.ValidRider(ContractModality.Free, new DateOnly(2026, 5, 1)), "ana", default));

        Assert.Equal("Vigência sobreposta: o adendo 1 vai até 30/06/2026.", Assert.Single(result.Errors).Message);
        Assert.Equal(1, await CountAsync("contract_riders"));
    }

    [Fact]
    public async Task Database_RefusesOverlappingRiders_EvenWhenCodeIsBypassed()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Free);

        var ex = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Services.Database.ScalarAsync<int>($"""
            INSERT INTO contracts.contract_riders (id, contract_id, release, start_date, due_day, value, discount_value, discount_type, reason, created_by, created_at)
            VALUES (gen_random_uuid(), '{id}', 2, '2026-02-01', 10, 1, 0, 'Currency', '', '', now())
            """));

        Assert.Equal("ex_contract_riders_no_overlap", ex.ConstraintName);
    }

    [Fact]
    public async Task AddRider_TenAtOnce_OnlyOneWins()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Free);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Admin(a => a.AddRiderAsync(id, Requests.ValidRider(ContractModality.Free, new DateOnly(2026, 4, 1)) with { Value = 1000 + i }, "x", default))));

        Assert.Equal(1, results.Count(r => r.IsSuccess));
        Assert.Equal(2, await CountAsync("contract_riders"));
    }

    [Fact]
    public async Task UpdateSettings_OfACancelledContract_IsRefused()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Free);
        await Admin(a => a.CancelContractAsync(id, new DateOnly(2026, 2, 1), "Pedido do cliente", default));

        var result = await Admin(a => a.UpdateContractSettingsAsync(id, Requests.Settings(new DateOnly(2026, 1, 1)), default));

        Assert.Equal("Contratos cancelados ou inativos não podem ser editados.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task SharedCredit_IsOfferedToMemberClients_ForEntriesOnDatesItIsInForce()
    {
        var owner = await NewClientAsync("Grupo", Requests.ValidCnpj);
        var member = await NewClientAsync("Unidade", Requests.OtherCnpj);
        var outsider = await NewClientAsync("Outro", Requests.ValidCpf);
        var id = await NewContractAsync(owner, ContractModality.SharedCredit, s => s with { SharedMemberClientIds = [member] });

        var forMember = await Module(m => m.GetValuationOptionsAsync(member, new DateOnly(2026, 2, 10), default));
        var beforeStart = await Module(m => m.GetValuationOptionsAsync(member, new DateOnly(2025, 12, 31), default));
        var forOutsider = await Module(m => m.GetValuationOptionsAsync(outsider, new DateOnly(2026, 2, 10), default));

        Assert.Equal(id, Assert.Single(forMember.Riders).ContractId);
        Assert.Empty(beforeStart.Riders);
        Assert.Empty(forOutsider.Riders);
    }

    [Fact]
    public async Task ValuationOptions_OfferGlobalAndOwnServicesAndTravels_NotOtherClients()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var other = await NewClientAsync("Outro", Requests.OtherCnpj);
        await Catalog(c => c.SaveStandaloneServiceAsync(null, new("Global", null, 1, 1, 1, true), default));
        await Catalog(c => c.SaveStandaloneServiceAsync(null, new("Só do cliente", client, 1, 1, 1, true), default));
        await Catalog(c => c.SaveStandaloneServiceAsync(null, new("De outro", other, 1, 1, 1, true), default));
        await Catalog(c => c.SaveStandaloneServiceAsync(null, new("Inativo", null, 1, 1, 1, false), default));
        await Catalog(c => c.SaveTravelAsync(null, new("Visita", 80m, TravelScope.All, null, null, true), default));
        await Catalog(c => c.SaveTravelAsync(null, new("Visita outro", 80m, TravelScope.Client, other, null, true), default));

        var options = await Module(m => m.GetValuationOptionsAsync(client, new DateOnly(2026, 3, 1), default));

        Assert.Equal(["Global", "Só do cliente"], options.Services.Select(s => s.Name));
        Assert.Equal(["Visita"], options.Travels.Select(t => t.Name));
    }

    [Fact]
    public async Task CyclesPending_ByBaseDate_AndByExactDueDate()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Free);

        var byBase = (await Module(m => m.GetCyclesPendingAsync(new CyclesPendingRequest(new DateOnly(2026, 3, 5), null, null), default))).Cycles;
        var byDue = (await Module(m => m.GetCyclesPendingAsync(new CyclesPendingRequest(default, new DateOnly(2026, 2, 10), [client]), default))).Cycles;

        Assert.Equal([1, 2, 3], byBase.Select(c => c.Index));
        Assert.Equal(new DateOnly(2026, 3, 5), byBase[^1].PendingFrom);
        Assert.Equal((id, 2), (Assert.Single(byDue).ContractId, byDue[0].Index));
    }
}
