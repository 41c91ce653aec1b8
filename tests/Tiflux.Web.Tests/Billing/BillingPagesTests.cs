using System.Net;
using Tiflux.Billing.PublicApi;
using static Tiflux.Web.Tests.Billing.BrowserForm;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Billing;

[Collection(AppTestGroup.Name)]
public sealed class BillingPagesTests(AppFixture app)
{
    [Fact]
    public async Task PendingList_ShowsTheClientWithContractAndStandaloneTotals()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var lines = await scenario.PendingAsync();
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var page = await client.GetPageAsync($"/faturamento?modo=base&data={BillingScenario.Iso(BillingScenario.Today)}&escopo=ambos&clientes={scenario.ClientId}&exibir=1");

        var row = page.QuerySelector($"#pendentes tr[data-client='{scenario.ClientId}']")!;
        var contracts = lines.Where(l => l.IsContractLine && l.Billable).Sum(l => l.Amount);
        Assert.True(contracts >= 2 * BillingScenario.CycleFee, "at least two cycles of the contract are pending");
        Assert.Equal(scenario.ClientName, row.QuerySelector(".client")!.TextContent);
        Assert.Equal(BillingScenario.Money(contracts), row.QuerySelector(".contracts")!.TextContent);
        Assert.Equal("R$ 360,00", row.QuerySelector(".standalone")!.TextContent);
        Assert.Equal(BillingScenario.Money(contracts + 360m), row.QuerySelector(".total")!.TextContent);
        Assert.Equal(lines.Where(l => l.DueDate is not null).Min(l => l.DueDate)!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector(".due")!.TextContent);
        Assert.Equal(BillingScenario.Money(contracts + 360m), page.QuerySelector("#pendentes tr.grand-total th:nth-child(4)")!.TextContent);
        Assert.Equal(1, page.QuerySelectorAll("#pendentes tbody tr").Length);
        Assert.Contains("Contratos com faturamento antecipado ou posterior podem aparecer em outros meses.", page.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"/faturamento/cliente/{scenario.ClientId}?", row.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);

        var standaloneOnly = await client.GetPageAsync($"/faturamento?modo=base&data={BillingScenario.Iso(BillingScenario.Today)}&escopo=avulsos&clientes={scenario.ClientId}&exibir=1");
        Assert.Equal("R$ 0,00", standaloneOnly.QuerySelector($"tr[data-client='{scenario.ClientId}'] .contracts")!.TextContent);
        Assert.Equal("R$ 360,00", standaloneOnly.QuerySelector($"tr[data-client='{scenario.ClientId}'] .total")!.TextContent);
    }

    [Fact]
    public async Task BillingScreen_ListsEveryLineWithDetails_AndOneCheckboxPerBillableGroup()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var lines = await scenario.PendingAsync();
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var page = await client.GetPageAsync(scenario.ClientPage);

        Assert.Equal(scenario.ClientName, page.QuerySelector(".client-name")!.TextContent);
        Assert.Equal(lines.Select(l => l.Key), page.QuerySelectorAll("tr.line").Select(r => r.GetAttribute("data-key")!));
        Assert.Equal(lines.Count, page.QuerySelectorAll("tr.explain-row details summary").Count(s => s.TextContent == "Detalhes"));
        var billableGroups = lines.Where(l => l.Billable).Select(l => l.GroupKey).Distinct().ToList();
        Assert.Equal(billableGroups, page.QuerySelectorAll("input[name=grupos]").Select(i => i.GetAttribute("value")!));
        var warranty = Assert.Single(lines, l => !l.Billable);
        var warrantyRow = page.QuerySelector($"tr.line[data-key='{warranty.Key}']")!;
        Assert.Null(warrantyRow.QuerySelector("input"));
        Assert.Equal("R$ 0,00", warrantyRow.QuerySelector(".amount")!.TextContent);
        var entry = lines.First(l => l.Billable && !l.IsContractLine);
        var details = page.QuerySelector($"tr.line[data-key='{entry.Key}']")!.NextElementSibling!;
        Assert.Equal(entry.Explanation.Formula, details.QuerySelector(".formula")!.TextContent);
        Assert.Contains("Faturar selecionados", page.QuerySelector("#selecao")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Faturar tudo", page.QuerySelector("#selecao")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartialThenTotal_BillsTheSelectionWithDiscountAndInterest_ThenTheRest()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var before = await scenario.PendingAsync();
        var cycle = before.First(l => l.IsContractLine).GroupKey;
        var entry = before.First(l => l.Billable && !l.IsContractLine).GroupKey;
        var selectedTotal = before.Where(l => l.GroupKey == cycle || l.GroupKey == entry).Sum(l => l.Amount);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var finalize = await client.OpenFinalizationAsync(scenario, [cycle, entry]);
        Assert.Equal(BillingScenario.Money(selectedTotal), finalize.QuerySelector("#total-itens")!.TextContent);
        Assert.Contains(scenario.ContractName, finalize.QuerySelector("textarea[name=observacoes]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("#" + scenario.TicketNumber, finalize.QuerySelector("textarea[name=observacoes]")!.TextContent, StringComparison.Ordinal);
        using var created = await client.SubmitAsync(finalize, "#finalizar", Fields(("desconto", "50,25"), ("juros", "10,10"), ("nfe", "NF-" + scenario.ClientId.ToString("N")[..6])));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var billing = Assert.Single((await scenario.HistoryAsync()).Page.Items);
        Assert.Equal($"/faturamento/{billing.Id}", created.Headers.Location!.OriginalString);
        var opened = await client.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Equal($"Faturamento nº {billing.Number} criado.", opened.QuerySelector(".flash")!.TextContent);
        var history = await client.GetPageAsync($"/faturamento/historico?cliente={scenario.ClientId}");
        Assert.Equal(selectedTotal - 50.25m + 10.10m, billing.RealValue);
        Assert.Equal(BillingScenario.Money(selectedTotal - 50.25m + 10.10m), history.QuerySelector($"tr[data-id='{billing.Id}'] .real-value")!.TextContent);
        var after = await scenario.PendingAsync();
        Assert.DoesNotContain(after, l => l.GroupKey == cycle || l.GroupKey == entry);
        Assert.Equal(
            before.Where(l => l.GroupKey != cycle && l.GroupKey != entry).Select(l => (l.Key, l.Amount)),
            after.Select(l => (l.Key, l.Amount)));

        var rest = await client.OpenFinalizationAsync(scenario, null);
        Assert.Equal(BillingScenario.Money(after.Where(l => l.Billable).Sum(l => l.Amount)), rest.QuerySelector("#total-itens")!.TextContent);
        using var total = await client.SubmitAsync(rest, "#finalizar");

        Assert.Equal(HttpStatusCode.Redirect, total.StatusCode);
        Assert.DoesNotContain(await scenario.PendingAsync(), l => l.Billable);
        var both = (await scenario.HistoryAsync()).Page.Items;
        Assert.Equal(2, both.Count);
        Assert.Equal(before.Where(l => l.Billable).Sum(l => l.Amount) - 50.25m + 10.10m, both.Sum(b => b.RealValue));
    }

    [Fact]
    public async Task Reversal_WithReason_RestoresExactlyTheSamePendingLines()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var before = await scenario.PendingAsync();
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        using var created = await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, null), "#finalizar", Fields(("desconto", "1.000,00")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.DoesNotContain(await scenario.PendingAsync(), l => l.Billable);
        var billing = Assert.Single((await scenario.HistoryAsync()).Page.Items);

        var detailsUrl = $"/faturamento/{billing.Id}";
        using var reversed = await client.SubmitAsync(await client.GetPageAsync(detailsUrl), "#estornar", Fields(("motivo", "Valor combinado errado"), ("confirmo", "true")), pageUrl: detailsUrl);

        Assert.Equal(HttpStatusCode.Redirect, reversed.StatusCode);
        var after = await scenario.PendingAsync();
        Assert.Equal(before.Select(l => (l.Key, l.GroupKey, l.Amount, l.Billable)), after.Select(l => (l.Key, l.GroupKey, l.Amount, l.Billable)));
        var details = await client.GetPageAsync(detailsUrl);
        Assert.Equal("Estornado", details.QuerySelector("#situacao")!.TextContent);
        Assert.Equal("Valor combinado errado", details.QuerySelector("#motivo-estorno")!.TextContent);
        Assert.Null(details.QuerySelector("#estornar"));
        Assert.Contains(details.QuerySelectorAll("#auditoria .action"), a => a.TextContent == "Estornado");
        Assert.Equal(BillingScenario.Money(billing.RealValue), details.QuerySelector("#valor-real")!.TextContent);
    }

    [Fact]
    public async Task Reversal_WithoutConfirmation_IsRefused_AndTheBillingStands()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var entry = (await scenario.PendingAsync()).First(l => l.Billable && !l.IsContractLine).GroupKey;
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        using var created = await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, [entry]), "#finalizar");
        var billing = Assert.Single((await scenario.HistoryAsync()).Page.Items);
        var detailsUrl = $"/faturamento/{billing.Id}";
        var details = await client.GetPageAsync(detailsUrl);
        Assert.NotNull(details.QuerySelector("#estornar input[type=checkbox][name=confirmo]"));

        using var refused = await client.SubmitAsync(details, "#estornar", Fields(("motivo", "Valor errado")), pageUrl: detailsUrl);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserForm.ParseAsync(refused);
        Assert.Equal("Marque \"Confirmo o estorno\" para estornar o faturamento.", page.QuerySelector("#erro-estorno")!.TextContent);
        Assert.Equal(BillingState.Billed, Assert.Single((await scenario.HistoryAsync()).Page.Items).State);
    }

    [Fact]
    public async Task ReversedBilling_CannotBeEmailed_FromThePageOrByPostingTheForm()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var entry = (await scenario.PendingAsync()).First(l => l.Billable && !l.IsContractLine).GroupKey;
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        using var created = await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, [entry]), "#finalizar");
        var billing = Assert.Single((await scenario.HistoryAsync()).Page.Items);
        var detailsUrl = $"/faturamento/{billing.Id}";
        var emailUrl = $"/relatorios/faturamentos/{billing.Id}/email";
        var emailForm = await client.GetPageAsync(emailUrl);
        using var reversed = await client.SubmitAsync(await client.GetPageAsync(detailsUrl), "#estornar", Fields(("motivo", "Valor errado"), ("confirmo", "true")), pageUrl: detailsUrl);
        Assert.Equal(HttpStatusCode.Redirect, reversed.StatusCode);

        var details = await client.GetPageAsync(detailsUrl);
        var page = await client.GetPageAsync(emailUrl);
        using var posted = await client.SubmitAsync(emailForm, "main form.stack", Fields(("Recipients", "financeiro@cliente.example")), pageUrl: emailUrl);

        Assert.DoesNotContain(details.QuerySelectorAll("#relatorios a"), a => a.GetAttribute("href") == emailUrl);
        var refusal = $"O faturamento nº {billing.Number} foi estornado: o relatório não pode ser enviado por e-mail.";
        Assert.Equal(refusal, page.QuerySelector("#email-recusado")!.TextContent);
        Assert.Null(page.QuerySelector("main form.stack"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(refusal, (await BrowserForm.ParseAsync(posted)).QuerySelector("#email-recusado")!.TextContent);
        Assert.Equal(0L, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM notifications.outgoing_messages WHERE related_id = '{billing.Id}'"));
    }

    [Fact]
    public async Task TicketWithBilledItems_OffersNeitherReopenNorCancel()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        using var admin = await app.Factory.SignInAsAdminAsync();
        var ticketUrl = $"/tickets/{scenario.TicketNumber}";
        var before = await admin.GetPageAsync(ticketUrl);
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        using var created = await finance.SubmitAsync(await finance.OpenFinalizationAsync(scenario, null), "#finalizar");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var after = await admin.GetPageAsync(ticketUrl);

        Assert.NotEmpty(before.QuerySelectorAll("form[action*='handler=Cancel']"));
        Assert.Contains("Possui itens faturados", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("form[action*='handler=Cancel']"));
        Assert.Empty(after.QuerySelectorAll("form[action*='handler=Reopen']"));
    }

    [Fact]
    public async Task Reversal_WithoutReason_IsRefusedWithAMessage()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var entry = (await scenario.PendingAsync()).First(l => l.Billable && !l.IsContractLine).GroupKey;
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        using var created = await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, [entry]), "#finalizar");
        var billing = Assert.Single((await scenario.HistoryAsync()).Page.Items);
        var detailsUrl = $"/faturamento/{billing.Id}";

        using var refused = await client.SubmitAsync(await client.GetPageAsync(detailsUrl), "#estornar", Fields(("motivo", "  "), ("confirmo", "true")), pageUrl: detailsUrl);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserForm.ParseAsync(refused);
        Assert.Equal("Informe o motivo do estorno.", page.QuerySelector("#erro-estorno")!.TextContent);
        Assert.Equal("Faturado", page.QuerySelector("#situacao")!.TextContent);
        Assert.Equal(BillingState.Billed, Assert.Single((await scenario.HistoryAsync()).Page.Items).State);
        Assert.DoesNotContain(await scenario.PendingAsync(), l => l.GroupKey == entry);
    }

    [Fact]
    public async Task DiscountLargerThanTheTotal_IsRefusedNextToTheField_AndNothingIsWritten()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var before = await scenario.PendingAsync();
        var entry = before.First(l => l.Billable && !l.IsContractLine);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        using var refused = await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, [entry.GroupKey]), "#finalizar", Fields(("desconto", "500,00")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserForm.ParseAsync(refused);
        Assert.Equal(
            $"O desconto (R$ 500,00) não pode ser maior que o total dos itens ({BillingScenario.Money(entry.Amount)}).",
            page.QuerySelector("input[name=desconto]")!.ParentElement!.QuerySelector(".field-error")!.TextContent);
        Assert.Equal("500,00", page.QuerySelector("input[name=desconto]")!.GetAttribute("value"));
        Assert.Empty((await scenario.HistoryAsync()).Page.Items);
        Assert.Equal(before.Select(l => (l.Key, l.Amount)), (await scenario.PendingAsync()).Select(l => (l.Key, l.Amount)));
    }

    [Fact]
    public async Task StaleDraft_IsRefusedWithTheModulesMessage_KeepsWhatWasTyped_ThenTheFreshDraftBills()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var entry = (await scenario.PendingAsync()).First(l => l.Billable && !l.IsContractLine);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var finalize = await client.OpenFinalizationAsync(scenario, [entry.GroupKey]);
        var version = finalize.QuerySelector("input[name=versao]")!.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(version));

        // What the page posts when the lines changed after it was opened: a version the module no longer computes.
        using var refused = await client.SubmitAsync(finalize, "#finalizar", Fields(("versao", "0000"), ("nfe", "NF-9")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserForm.ParseAsync(refused);
        Assert.Equal(
            $"Os valores mudaram desde que a tela foi aberta: o total agora é {BillingScenario.Money(entry.Amount)}. Confira e clique em Faturar de novo. Nada foi gravado.",
            page.QuerySelector(".validation-summary-errors li")!.TextContent);
        Assert.Equal("NF-9", page.QuerySelector("input[name=nfe]")!.GetAttribute("value"));
        Assert.Equal(version, page.QuerySelector("input[name=versao]")!.GetAttribute("value"));
        Assert.Empty((await scenario.HistoryAsync()).Page.Items);

        using var created = await client.SubmitAsync(page, "#finalizar");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(entry.Amount, Assert.Single((await scenario.HistoryAsync()).Page.Items).RealValue);
    }

    [Fact]
    public async Task NothingSelected_GoesBackWithAMessage()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        using var response = await client.SubmitAsync(await client.GetPageAsync(scenario.ClientPage), "#selecao", Fields(("acao", "selecionados")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Selecione ao menos um item para faturar.", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_FiltersByClientNfeTicketStateAndDatePairs()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var lines = await scenario.PendingAsync();
        var cycles = lines.Where(l => l.IsContractLine).Select(l => l.GroupKey).Distinct().ToList();
        var entry = lines.First(l => l.Billable && !l.IsContractLine).GroupKey;
        var nfe = "NFH-" + scenario.ClientId.ToString("N")[..8];
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        using (await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, [cycles[0]]), "#finalizar", Fields(("dataFaturamento", "2001-03-10"), ("dataVencimento", "2001-03-20"), ("nfe", nfe))))
        {
        }

        using (await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, [entry]), "#finalizar", Fields(("dataFaturamento", "2001-04-10"), ("dataVencimento", "2001-04-20"))))
        {
        }

        var billings = (await scenario.HistoryAsync()).Page.Items;
        Assert.Equal(2, billings.Count);
        var byNfe = billings.Single(b => b.NfeNumber == nfe);
        var byTicket = billings.Single(b => b.NfeNumber != nfe);
        var detailsUrl = $"/faturamento/{byTicket.Id}";
        using (await client.SubmitAsync(await client.GetPageAsync(detailsUrl), "#estornar", Fields(("motivo", "teste"), ("confirmo", "true")), pageUrl: detailsUrl))
        {
        }

        var c = $"cliente={scenario.ClientId}";
        Assert.Equal([byTicket.Number, byNfe.Number], await client.HistoryNumbersAsync(c));
        Assert.Equal([byNfe.Number], await client.HistoryNumbersAsync($"nfe={nfe}"));
        Assert.Equal([byTicket.Number], await client.HistoryNumbersAsync($"{c}&ticket={scenario.TicketNumber}"));
        Assert.Equal([byTicket.Number], await client.HistoryNumbersAsync($"{c}&situacao=estornado"));
        Assert.Equal([byNfe.Number], await client.HistoryNumbersAsync($"{c}&situacao=faturado"));
        Assert.Empty(await client.HistoryNumbersAsync($"{c}&situacao=pago"));
        Assert.Equal([byNfe.Number], await client.HistoryNumbersAsync($"{c}&faturamentoDe=2001-03-01&faturamentoAte=2001-03-31"));
        Assert.Equal([byTicket.Number], await client.HistoryNumbersAsync($"{c}&vencimentoDe=2001-04-15&vencimentoAte=2001-04-30"));

        var all = await client.GetPageAsync($"/faturamento/historico?{c}");
        Assert.Equal(BillingScenario.Money(byNfe.RealValue), all.QuerySelector("#total-historico")!.TextContent);
        Assert.Contains("Total (sem estornados)", all.QuerySelector("#historico tfoot")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Estornado", all.QuerySelector($"tr[data-id='{byTicket.Id}'] .state")!.TextContent);

        var oneEnd = await client.GetPageAsync($"/faturamento/historico?{c}&faturamentoDe=2001-03-01");
        Assert.Equal("Informe o início e o fim do período de faturamento (os dois juntos).", oneEnd.QuerySelector("#erro-faturamento")!.TextContent);
        Assert.Null(oneEnd.QuerySelector("#historico"));
        var dueOneEnd = await client.GetPageAsync($"/faturamento/historico?{c}&vencimentoAte=2001-04-30");
        Assert.Equal("Informe o início e o fim do período de vencimento (os dois juntos).", dueOneEnd.QuerySelector("#erro-vencimento")!.TextContent);
    }

    [Fact]
    public async Task Details_EditsNfe_AndServesAttachmentsAsDownloads()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var entry = (await scenario.PendingAsync()).First(l => l.Billable && !l.IsContractLine).GroupKey;
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var content = "nota fiscal de teste"u8.ToArray();
        using var created = await client.SubmitAsync(
            await client.OpenFinalizationAsync(scenario, [entry]), "#finalizar", files: [new FormFile("arquivos", "nota.txt", "text/plain", content)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var billing = Assert.Single((await scenario.HistoryAsync()).Page.Items);
        var detailsUrl = $"/faturamento/{billing.Id}";

        var details = await client.GetPageAsync(detailsUrl);
        var link = details.QuerySelector(".attachments a")!;
        Assert.Equal("nota.txt", link.TextContent);
        using var download = await client.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/plain", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());

        using var edited = await client.SubmitAsync(details, "#editar", Fields(("nfe", "12345")), pageUrl: detailsUrl);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var after = await client.GetPageAsync(detailsUrl);
        Assert.Equal("12345", after.QuerySelector("#nfe")!.TextContent);
        Assert.Contains(after.QuerySelectorAll("#auditoria .action"), a => a.TextContent == "Editado");

        using var exe = await client.SubmitAsync(after, "#anexar", files: [new FormFile("arquivo", "virus.pdf", "application/pdf", "MZ\x90\0rest"u8.ToArray())], pageUrl: detailsUrl);
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("é um executável", (await BrowserForm.ParseAsync(exe)).QuerySelector("#anexar .field-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/faturamento")]
    [InlineData("/faturamento/historico")]
    public async Task BillingPages_ForTechnician_AreForbidden(string url)
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
