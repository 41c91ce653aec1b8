using System.Net;
using static Tiflux.Web.Tests.Contracts.ContractsUi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Contracts;

[Collection(AppTestGroup.Name)]
public sealed class ContractPagesTests(AppFixture app)
{
    public static TheoryData<string, string, string, string> Modalities => new()
    {
        // modality, pt-BR label, list value (rider value + tax), modality terms shown in the rider history
        { "Free", "Livre", "R$ 1.500,00", "Uso livre" },
        { "PerTicket", "Limite de Atendimento", "R$ 800,00", "10 tickets incluídos; ticket excedente R$ 55,50" },
        { "SaasProduct", "Produto/SaaS", "R$ 349,90", "Licença ERP: 3 × R$ 100,00; Backup em nuvem: 1 × R$ 49,90" },
        { "Hours", "Horas", "R$ 2.000,00", "20:00 h incluídas; hora excedente R$ 150,00" },
        { "CumulativeHours", "Horas Cumulativas", "R$ 1.200,00", "10:30 h incluídas; hora excedente R$ 140,00" },
        { "Credit", "Crédito", "R$ 3.300,00", "Crédito mensal R$ 3.000,00; taxa fixa R$ 300,00; hora externa R$ 200,00, remota R$ 120,00, interna R$ 150,00" },
        { "SharedCredit", "Crédito compartilhado", "R$ 5.250,00", "Crédito mensal R$ 5.000,00; taxa fixa R$ 250,00; hora externa R$ 210,00, remota R$ 130,00, interna R$ 160,00" },
    };

    [Theory]
    [MemberData(nameof(Modalities))]
    public async Task CreateContract_OfEachModality_ShowsItsTermsInDetailsAndList(string modality, string label, string listValue, string terms)
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var clientId = await CreateClientAsync(client, Unique("Cliente " + label));
        var typeId = await CreateContractTypeAsync(client, Unique(label), modality);
        var name = Unique("Contrato " + label);
        var fields = ContractFields(clientId, typeId, name);
        var member = "";
        FillTerms(fields, modality);
        if (modality == "SharedCredit")
        {
            member = Unique("Filial");
            fields["Input.Settings.SharedMemberClientIds"] = (await CreateClientAsync(client, member)).ToString();
        }

        var id = await CreateContractAsync(client, fields);

        var details = await client.GetPageAsync($"/contratos/{id}");
        Assert.Equal(label, details.QuerySelector("#contract-modality")!.TextContent);
        Assert.Equal("Ativo", details.QuerySelector("#contract-status")!.TextContent);
        var rider = Assert.Single(Rows(details, "#riders"));
        Assert.Equal("1", rider[0]);
        Assert.Equal("01/01/2026 a em aberto", rider[1]);
        Assert.Equal("dia 10", rider[2]);
        Assert.Equal(terms, rider[5]);
        Assert.Equal("Contrato criado", rider[6]);
        Assert.Equal(TifluxAppFactoryEmail, rider[7]);
        var facts = Facts(details, "#contract-data");
        Assert.Equal("Antecipado, 5 dia(s) antes do vencimento; automático: Não", facts["Faturamento"]);
        if (modality == "CumulativeHours")
        {
            Assert.Equal("limite 40:00; expira após 3 ciclo(s)", facts["Acúmulo de horas"]);
        }

        if (modality == "SharedCredit")
        {
            Assert.Equal(member, facts["Clientes membros"]);
        }

        var row = Assert.Single(Rows(await client.GetPageAsync($"/contratos?cliente={clientId}"), "#contracts"));
        Assert.Equal([name, label, "Ativo", "01/01/2026", "Indeterminado", listValue], row[1..2].Concat(row[4..]).ToArray());
    }

    [Fact]
    public async Task CreateContract_SaasWithoutItems_IsRefusedAndNothingIsSaved()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var clientId = await CreateClientAsync(client, Unique("SaaS vazio"));
        var typeId = await CreateContractTypeAsync(client, Unique("SaaS"), "SaasProduct");
        var fields = ContractFields(clientId, typeId, Unique("Sem itens"));
        fields["Input.Rider.Value"] = "500,00";

        using var response = await client.SubmitFormAsync("/contratos/novo", fields);

        var page = await ParseAsync(response);
        Assert.Equal(["Um contrato Produto/SaaS precisa de pelo menos um item."],
            page.QuerySelectorAll("#Input_Rider_Items-errors li").Select(li => li.TextContent).ToArray());
        Assert.Null((await client.GetPageAsync($"/contratos?cliente={clientId}")).QuerySelector("#contracts"));
    }

    [Fact]
    public async Task CreateContract_WithDueDay29_IsRefusedNextToTheField()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var clientId = await CreateClientAsync(client, Unique("Dia 29"));
        var typeId = await CreateContractTypeAsync(client, Unique("Livre"), "Free");
        var fields = ContractFields(clientId, typeId, Unique("Vencimento ruim"));
        fields["Input.Rider.Value"] = "100";
        fields["Input.Rider.DueDay"] = "29";
        fields["Input.Settings.BillingDaysBefore"] = "29";

        using var response = await client.SubmitFormAsync("/contratos/novo", fields);

        var page = await ParseAsync(response);
        Assert.Equal("O dia de vencimento deve estar entre 1 e 28.", FieldError(page, "Input.Rider.DueDay"));
        Assert.Equal("Faturar X dias antes deve estar entre 0 e 28.", FieldError(page, "Input.Settings.BillingDaysBefore"));
        Assert.Null((await client.GetPageAsync($"/contratos?cliente={clientId}")).QuerySelector("#contracts"));
    }

    [Fact]
    public async Task CreateContract_WithBadHhmmAndBadMoney_ShowsPortugueseMessages()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var clientId = await CreateClientAsync(client, Unique("Horas ruins"));
        var typeId = await CreateContractTypeAsync(client, Unique("Horas"), "Hours");
        var fields = ContractFields(clientId, typeId, Unique("Horas ruins"));
        fields["Input.Rider.Value"] = "dois mil";
        fields["Input.Rider.IncludedHours"] = "20h";
        fields["Input.Rider.SurplusHourRate"] = "150";

        using var response = await client.SubmitFormAsync("/contratos/novo", fields);

        var page = await ParseAsync(response);
        Assert.Equal("Use o formato HH:MM (horas e minutos), por exemplo 20:00.", FieldError(page, "Input.Rider.IncludedHours"));
        Assert.Equal("Valor inválido: use números como 1.234,56.", FieldError(page, "Input.Rider.Value"));
        Assert.Equal("20h", page.QuerySelector("input[name='Input.Rider.IncludedHours']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AddRider_CreatesSecondVersion_AndClosesThePreviousOne()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var (_, id, _) = await CreateFreeContractAsync(client, "1.000,00");

        using var response = await client.SubmitFormAsync($"/contratos/{id}", new Dictionary<string, string>
        {
            ["Rider.StartDate"] = "2026-07-01",
            ["Rider.DueDay"] = "15",
            ["Rider.Value"] = "1.250,00",
            ["Rider.DiscountValue"] = "10",
            ["Rider.DiscountType"] = "Percent",
            ["Rider.Reason"] = "Inclusão de nova filial",
        }, "#rider-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync($"/contratos/{id}");
        Assert.Equal("Novo adendo em vigor a partir de 01/07/2026.", page.QuerySelector(".flash")!.TextContent);
        var riders = Rows(page, "#riders");
        Assert.Equal(2, riders.Count);
        Assert.Equal(["2", "01/07/2026 a em aberto", "dia 15", "R$ 1.250,00", "10%", "Uso livre", "Inclusão de nova filial"], riders[0][..7]);
        Assert.Equal(["1", "01/01/2026 a 30/06/2026", "dia 10", "R$ 1.000,00", "—", "Uso livre", "Contrato criado"], riders[1][..7]);
    }

    [Fact]
    public async Task AddRider_StartingBeforeTheCurrentOne_IsRefusedAsOverlapping()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var (_, id, _) = await CreateFreeContractAsync(client);

        using var response = await client.SubmitFormAsync($"/contratos/{id}", new Dictionary<string, string>
        {
            ["Rider.StartDate"] = "2025-12-01",
            ["Rider.DueDay"] = "10",
            ["Rider.Value"] = "900",
        }, "#rider-form");

        var page = await ParseAsync(response);
        Assert.Equal("O novo adendo deve começar depois de 01/01/2026, início do adendo atual.", FieldError(page, "Rider.StartDate"));
        Assert.Single(Rows(await client.GetPageAsync($"/contratos/{id}"), "#riders"));
    }

    [Fact]
    public async Task BulkAdjustment_OfTenPercent_CreatesRiderAndHistory()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var (_, id, name) = await CreateFreeContractAsync(client, "1.000,00", f =>
        {
            f["Input.Settings.AdjustmentIntervalMonths"] = "12";
            f["Input.Settings.NextAdjustmentDate"] = "2030-07-10";
        });
        var list = await client.GetPageAsync("/contratos/reajuste?mes=2030-07");
        var candidate = Rows(list, "#candidates").Single(r => r[2] == name);
        Assert.Equal(["10/07/2030", "R$ 1.000,00"], candidate[6..8]);

        using var both = await client.SubmitFormAsync("/contratos/reajuste?mes=2030-07", new Dictionary<string, string>
        {
            ["Input.ContractIds"] = id.ToString(),
            ["Input.Percent"] = "10",
            ["Input.NewValue"] = "1.100,00",
            ["Input.IndexName"] = "IGP-M",
        }, "#adjustment-form");
        Assert.Equal("Informe um percentual ou um novo valor (apenas um).", FieldError(await ParseAsync(both), "Input.Percent"));

        using var applied = await client.SubmitFormAsync("/contratos/reajuste?mes=2030-07", new Dictionary<string, string>
        {
            ["Input.ContractIds"] = id.ToString(),
            ["Input.Percent"] = "10",
            ["Input.IndexName"] = "IGP-M",
        }, "#adjustment-form");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var after = await client.GetPageAsync(applied.Headers.Location!.OriginalString);
        Assert.Equal("Reajuste aplicado a 1 contrato(s); um novo adendo foi criado para cada um.", after.QuerySelector(".flash")!.TextContent);
        Assert.DoesNotContain(Rows(after, "#candidates"), r => r[2] == name);
        var details = await client.GetPageAsync($"/contratos/{id}");
        var riders = Rows(details, "#riders");
        Assert.Equal(2, riders.Count);
        Assert.Equal(["2", "10/07/2030 a em aberto", "dia 10", "R$ 1.100,00", "—", "Uso livre", "Reajuste IGP-M 10%"], riders[0][..7]);
        Assert.Equal("01/01/2026 a 09/07/2030", riders[1][1]);
        var adjustment = Assert.Single(Rows(details, "#adjustments"));
        Assert.Equal(["10/07/2030", "IGP-M", "10%", "R$ 1.000,00", "R$ 1.100,00", TifluxAppFactoryEmail], adjustment[..6]);
        Assert.Contains("próximo em 10/07/2031", Squash(details.QuerySelector("#contract-data")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkAdjustment_OnCancelledContract_IsRefused()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var (_, id, _) = await CreateFreeContractAsync(client, "700", f =>
        {
            f["Input.Settings.AdjustmentIntervalMonths"] = "12";
            f["Input.Settings.NextAdjustmentDate"] = "2030-08-10";
        });
        using (var cancel = await client.SubmitFormAsync($"/contratos/{id}", new Dictionary<string, string>
        {
            ["Cancel.CancelledOn"] = "2026-02-01",
            ["Cancel.Reason"] = "Cliente encerrou as atividades",
        }, "#cancel-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        }

        var details = await client.GetPageAsync($"/contratos/{id}");
        Assert.Equal("Cancelado", details.QuerySelector("#contract-status")!.TextContent);
        Assert.Null(details.QuerySelector("#rider-form"));

        using var response = await client.SubmitFormAsync("/contratos/reajuste?mes=2030-08", new Dictionary<string, string>
        {
            ["Input.ContractIds"] = id.ToString(),
            ["Input.Percent"] = "5",
            ["Input.IndexName"] = "IPCA",
        }, "#adjustment-form");

        var page = await ParseAsync(response);
        Assert.Contains("está cancelado ou expirado e não pode ser reajustado.", page.QuerySelector("#contract-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Single(Rows(await client.GetPageAsync($"/contratos/{id}"), "#riders"));
    }

    [Fact]
    public async Task EditSettings_SavesAndShowsFieldErrors()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var (_, id, _) = await CreateFreeContractAsync(client);
        var newName = Unique("Renomeado");
        var fields = new Dictionary<string, string>
        {
            ["Input.Settings.Name"] = newName,
            ["Input.Settings.BillingTiming"] = "InArrears",
            ["Input.Settings.BillingDaysBefore"] = "3",
            ["Input.Settings.CycleAnchor"] = "Anniversary",
            ["Input.Settings.ReminderEnabled"] = "true",
            ["Input.Settings.ReminderPercent"] = "80",
            ["Input.Settings.ReminderEmails"] = "gestor@cliente.com.br",
        };

        using var response = await client.SubmitFormAsync($"/contratos/{id}/editar", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var facts = Squash((await client.GetPageAsync($"/contratos/{id}")).QuerySelector("#contract-data")!.TextContent);
        Assert.Contains("Posterior, 3 dia(s) antes do vencimento", facts, StringComparison.Ordinal);
        Assert.Contains("Aniversário do início", facts, StringComparison.Ordinal);
        Assert.Contains("80% para gestor@cliente.com.br", facts, StringComparison.Ordinal);
        Assert.Equal(newName, (await client.GetPageAsync($"/contratos/{id}")).QuerySelector("h1")!.TextContent.Split(" · ")[1]);

        fields["Input.Settings.ReminderEmails"] = "";
        using var refused = await client.SubmitFormAsync($"/contratos/{id}/editar", fields);
        Assert.Equal("Informe ao menos um e-mail para o lembrete de consumo.", FieldError(await ParseAsync(refused), "Input.Settings.ReminderEmails"));
    }

    [Fact]
    public async Task Technician_SeesDashesInsteadOfMoney_AndCannotCreateContracts()
    {
        using var admin = await app.Factory.SignInAsAdminAsync();
        var (clientId, id, name) = await CreateFreeContractAsync(admin, "4.321,09");
        using var technician = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        var asTechnician = Assert.Single(Rows(await technician.GetPageAsync($"/contratos?cliente={clientId}"), "#contracts"));
        var asAdmin = Assert.Single(Rows(await admin.GetPageAsync($"/contratos?cliente={clientId}"), "#contracts"));
        var details = await technician.GetPageAsync($"/contratos/{id}");
        using var form = await technician.GetAsync("/contratos/novo");

        Assert.Equal(name, asTechnician[1]);
        Assert.Equal("--", asTechnician[^1]);
        Assert.Equal("R$ 4.321,09", asAdmin[^1]);
        Assert.Equal("--", Rows(details, "#riders").Single()[3]);
        Assert.Null(details.QuerySelector("#rider-form"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Null((await technician.GetPageAsync("/contratos")).QuerySelector("#finance-catalogs"));
    }

    [Fact]
    public async Task ContractList_FiltersByModalityAndSearch()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var (clientId, _, name) = await CreateFreeContractAsync(client);

        var free = Rows(await client.GetPageAsync($"/contratos?cliente={clientId}&modalidade=Free&status=Active"), "#contracts");
        var hours = await client.GetPageAsync($"/contratos?cliente={clientId}&modalidade=Hours");
        var search = Rows(await client.GetPageAsync("/contratos?busca=" + Uri.EscapeDataString(name)), "#contracts");

        Assert.Equal(name, Assert.Single(free)[1]);
        Assert.Null(hours.QuerySelector("#contracts"));
        Assert.Equal(name, Assert.Single(search)[1]);
    }

    private const string TifluxAppFactoryEmail = TestKit.TifluxAppFactory.AdminEmail;

    private static void FillTerms(Dictionary<string, string> f, string modality)
    {
        switch (modality)
        {
            case "Free":
                f["Input.Rider.Value"] = "1.500,00";
                break;
            case "PerTicket":
                f["Input.Rider.Value"] = "800";
                f["Input.Rider.IncludedTickets"] = "10";
                f["Input.Rider.ExtraTicketValue"] = "55,50";
                break;
            case "SaasProduct":
                f["Input.Rider.Items[0].Name"] = "Licença ERP";
                f["Input.Rider.Items[0].MonthlyValue"] = "100,00";
                f["Input.Rider.Items[0].Quantity"] = "3";
                f["Input.Rider.Items[3].Name"] = "Backup em nuvem";
                f["Input.Rider.Items[3].MonthlyValue"] = "49.90";
                f["Input.Rider.Items[3].Quantity"] = "1";
                break;
            case "Hours":
                f["Input.Rider.Value"] = "2.000,00";
                f["Input.Rider.IncludedHours"] = "20:00";
                f["Input.Rider.SurplusHourRate"] = "150,00";
                break;
            case "CumulativeHours":
                f["Input.Rider.Value"] = "1200";
                f["Input.Rider.IncludedHours"] = "10:30";
                f["Input.Rider.SurplusHourRate"] = "140";
                f["Input.Settings.RolloverCap"] = "40:00";
                f["Input.Settings.RolloverExpiryCycles"] = "3";
                break;
            case "Credit":
                f["Input.Rider.Value"] = "3.000,00";
                f["Input.Rider.Tax"] = "300,00";
                f["Input.Rider.ExternalRate"] = "200";
                f["Input.Rider.RemoteRate"] = "120";
                f["Input.Rider.InternalRate"] = "150";
                break;
            case "SharedCredit":
                f["Input.Rider.Value"] = "5.000,00";
                f["Input.Rider.Tax"] = "250,00";
                f["Input.Rider.ExternalRate"] = "210";
                f["Input.Rider.RemoteRate"] = "130";
                f["Input.Rider.InternalRate"] = "160";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(modality), modality, null);
        }

        // Fields of other modalities are ignored by the server, as when the script is off and every fieldset is visible.
        if (modality != "Hours" && modality != "CumulativeHours")
        {
            f["Input.Rider.IncludedHours"] = "99:99 ignored";
        }
    }
}
