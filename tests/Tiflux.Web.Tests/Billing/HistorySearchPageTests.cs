using System.Net;
using static Tiflux.Web.Tests.Billing.BrowserForm;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Billing;

/// <summary>
/// /faturamento/historico: "Número NFe contém" and "Observações contém" find contained text ignoring case, with % and _
/// taken literally (issue 18, item 8), through the real page.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class HistorySearchPageTests(AppFixture app)
{
    [Fact]
    public async Task NfeAndObservationSearch_FindContainedText_IgnoringCase_WildcardsLiteral()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services, "Busca");
        var lines = await scenario.PendingAsync();
        var cycle = lines.First(l => l.IsContractLine).GroupKey;
        var tag = scenario.ClientId.ToString("N")[..6];
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        using (await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, [cycle]), "#finalizar",
            Fields(("nfe", $"NF-2026-{tag}-001234"), ("observacoes", $"Reajuste 50% _promo {tag}"))))
        {
        }

        using (await client.SubmitAsync(await client.OpenFinalizationAsync(scenario, null), "#finalizar",
            Fields(("nfe", $"NF-2026-{tag}-009999"), ("observacoes", $"Fechamento mensal {tag}"))))
        {
        }

        var billings = (await scenario.HistoryAsync()).Page.Items;
        var tagged = billings.Single(b => b.NfeNumber.EndsWith("001234", StringComparison.Ordinal)).Number;
        var plain = billings.Single(b => b.NfeNumber.EndsWith("009999", StringComparison.Ordinal)).Number;
        var c = $"cliente={scenario.ClientId}";

        Assert.Equal([tagged], await client.HistoryNumbersAsync($"nfe={tag}-001234"));
        Assert.Equal([tagged], await client.HistoryNumbersAsync($"{c}&nfe=001234"));
        Assert.Equal([tagged], await client.HistoryNumbersAsync($"nfe=nf-2026-{tag.ToUpperInvariant()}-0012"));
        Assert.Equal([plain, tagged], await client.HistoryNumbersAsync($"nfe=nf-2026-{tag}"));
        Assert.Empty(await client.HistoryNumbersAsync($"{c}&nfe=%25"));
        Assert.Empty(await client.HistoryNumbersAsync($"{c}&nfe=_"));
        Assert.Empty(await client.HistoryNumbersAsync($"{c}&nfe=1_34"));

        Assert.Equal([tagged], await client.HistoryNumbersAsync($"{c}&observacoes=PROMO"));
        Assert.Equal([tagged], await client.HistoryNumbersAsync($"{c}&observacoes=50%25"));
        Assert.Empty(await client.HistoryNumbersAsync($"{c}&observacoes=5_%25"));
        Assert.Equal([plain], await client.HistoryNumbersAsync($"observacoes=mensal+{tag}"));
        Assert.Equal([plain], await client.HistoryNumbersAsync($"{c}&nfe=009999&observacoes=MENSAL"));

        var page = await client.GetPageAsync($"/faturamento/historico?{c}&nfe=001234&observacoes=promo");
        Assert.Equal("001234", page.QuerySelector("input[name=nfe]")!.GetAttribute("value"));
        Assert.Equal("promo", page.QuerySelector("input[name=observacoes]")!.GetAttribute("value"));
        Assert.Contains("Observações contém", page.QuerySelector("#filtros")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverlongObservationSearch_ShowsAMessage_NotAServerError()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        using var response = await client.GetAsync("/faturamento/historico?observacoes=" + new string('a', 4001));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("O texto de busca deve ter no máximo 4000 caracteres.", body, StringComparison.Ordinal);
    }
}
