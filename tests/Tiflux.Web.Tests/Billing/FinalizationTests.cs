using System.Net;
using AngleSharp.Html.Dom;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using static Tiflux.Web.Tests.Billing.BrowserForm;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Billing;

/// <summary>
/// Finalização do faturamento: the preview prints the form's values and writes nothing; "Enviar PDF por e-mail" is
/// committed with the billing; invalid recipients refuse the whole action; Cancelar leaves without writing.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class FinalizationTests(AppFixture app)
{
    private const string WrittenRows = """
        SELECT (SELECT count(*) FROM billing.billings) + (SELECT count(*) FROM billing.outbox_messages)
             + (SELECT count(*) FROM billing.billing_audit) + (SELECT count(*) FROM notifications.outgoing_messages)
        """;

    [Theory]
    [InlineData("sintetico")]
    [InlineData("detalhado")]
    [InlineData("apontamentos")]
    [InlineData("grupo-de-recurso")]
    public async Task Preview_PrintsTheFormValues_MarkedAsPreview_AndWritesNothing(string layout)
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        var total = (await scenario.PendingAsync()).Where(l => l.Billable).Sum(l => l.Amount);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var finalize = await client.OpenFinalizationAsync(scenario, null);
        var due = BillingScenario.Today.AddDays(17);
        var rowsBefore = await app.Database.ScalarAsync<long>(WrittenRows);

        using var response = await client.SubmitAsync(AsPreview(finalize), "#finalizar", Fields(
            ("modeloPrevia", layout), ("desconto", "10,00"), ("juros", "2,50"), ("nfe", "NF-PREVIA-77"),
            ("observacoes", "Conferir antes de enviar"), ("dataVencimento", BillingScenario.Iso(due))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"previa-{layout}.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var text = PdfWords.Squashed(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("PRÉVIA—nãofaturado", text, StringComparison.Ordinal);
        Assert.Contains("NF-PREVIA-77", text, StringComparison.Ordinal);
        Assert.Contains("Conferirantesdeenviar", text, StringComparison.Ordinal);
        Assert.Contains("vencimento" + PtBr.Date(due), text, StringComparison.Ordinal);
        Assert.Contains(PdfWords.Squash(scenario.ClientName), text, StringComparison.Ordinal);
        Assert.Contains("Valorreal" + PdfWords.Squash(PtBr.Money(total - 10m + 2.5m)), text, StringComparison.Ordinal);
        Assert.Equal(rowsBefore, await app.Database.ScalarAsync<long>(WrittenRows));
        Assert.Equal(total, (await scenario.PendingAsync()).Where(l => l.Billable).Sum(l => l.Amount));
    }

    [Fact]
    public async Task Preview_WithNothingSelected_SaysSo_AndWritesNothing()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var finalize = AsPreview(await client.OpenFinalizationAsync(scenario, null));
        foreach (var hidden in finalize.QuerySelectorAll("#finalizar input[name=grupos], #finalizar input[name=acao]").ToList())
        {
            hidden.Remove();
        }

        var rowsBefore = await app.Database.ScalarAsync<long>(WrittenRows);
        using var response = await client.SubmitAsync(finalize, "#finalizar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Selecione ao menos um item para faturar.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(rowsBefore, await app.Database.ScalarAsync<long>(WrittenRows));
    }

    [Fact]
    public async Task Faturar_WithEmail_CreatesTheBillingAndExactlyOneMessage_ToTheChosenRecipientsAndLayout()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var finalize = await client.OpenFinalizationAsync(scenario, null);
        Assert.Equal("detalhado", finalize.QuerySelector("select[name=modeloEmail] option[selected]")!.GetAttribute("value"));

        using var created = await client.SubmitAsync(finalize, "#finalizar", Fields(
            ("enviarEmail", "true"), ("destinatarios", "contas@cliente.example; diretoria@cliente.example"), ("modeloEmail", "apontamentos")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var billing = Assert.Single((await scenario.HistoryAsync()).Page.Items);
        Assert.Equal($"/faturamento/{billing.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal(1L, await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM billing.outbox_messages WHERE type = '{BillingEventTypes.EmailRequested}' AND payload->>'billingId' = '{billing.Id}'"));
        var key = $"billing-email:{billing.Id}";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await app.Database.ScalarAsync<long>($"SELECT count(*) FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Equal(1L, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM notifications.outgoing_messages WHERE related_id = '{billing.Id}'"));
        Assert.Equal("contas@cliente.example, diretoria@cliente.example", await app.Database.ScalarAsync<string>(
            $"SELECT recipients FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'"));
        Assert.Equal($"faturamento-{billing.Number}-apontamentos.pdf", await app.Database.ScalarAsync<string>(
            $"SELECT attachment_name FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'"));
    }

    [Theory]
    [InlineData("não é um e-mail", "Endereço de e-mail inválido: não é um e-mail")]
    [InlineData("", "Informe ao menos um destinatário.")]
    public async Task Faturar_WithEmailToAnInvalidRecipient_IsRefusedNextToTheField_AndWritesNothing(string recipients, string message)
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var finalize = await client.OpenFinalizationAsync(scenario, null);
        var rowsBefore = await app.Database.ScalarAsync<long>(WrittenRows);

        using var refused = await client.SubmitAsync(finalize, "#finalizar", Fields(("enviarEmail", "true"), ("destinatarios", recipients)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserForm.ParseAsync(refused);
        Assert.Equal(message, page.QuerySelector("#enviar-email .field-error")!.TextContent);
        Assert.Equal(rowsBefore, await app.Database.ScalarAsync<long>(WrittenRows));
        Assert.Empty((await scenario.HistoryAsync()).Page.Items);
    }

    [Fact]
    public async Task Cancelar_LeadsBackToThePendingList()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services);
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var finalize = await client.OpenFinalizationAsync(scenario, null);

        var cancel = finalize.QuerySelector("#finalizar a#cancelar")!.GetAttribute("href")!;

        Assert.StartsWith("/faturamento?", cancel, StringComparison.Ordinal);
        using var pending = await client.GetAsync(cancel);
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        Assert.Empty((await scenario.HistoryAsync()).Page.Items);
    }

    private static IHtmlDocument AsPreview(IHtmlDocument finalize)
    {
        var form = (IHtmlFormElement)finalize.QuerySelector("#finalizar")!;
        form.SetAttribute("action", form.GetAttribute("action")!.Replace("handler=Faturar", "handler=Previa", StringComparison.Ordinal));
        return finalize;
    }
}
