using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Tests.Billing;

namespace Tiflux.Web.Tests;

/// <summary>The anonymous <c>/anexos/{token}</c> download of signed, expiring attachment links used in reports.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SignedAttachmentLinkTests(AppFixture app)
{
    private static readonly byte[] FileBytes = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x01, 0x02, 0xff];

    [Fact]
    public async Task ValidToken_DownloadsTheFileAnonymously()
    {
        var attachmentId = await SeedAttachmentAsync();
        var url = new Uri(app.Factory.Services.GetRequiredService<IAttachmentLinkSigner>().LinkFor(attachmentId));
        using var anonymous = app.Factory.CreateAppClient();

        using var response = await anonymous.GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("/anexos/", url.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(FileBytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TamperedToken_IsNotFound()
    {
        var attachmentId = await SeedAttachmentAsync();
        var path = new Uri(app.Factory.Services.GetRequiredService<IAttachmentLinkSigner>().LinkFor(attachmentId)).AbsolutePath;
        var last = path[^1];
        var tampered = path[..^1] + (last == 'A' ? 'B' : 'A');
        using var anonymous = app.Factory.CreateAppClient();

        using var response = await anonymous.GetAsync(tampered);
        using var bogus = await anonymous.GetAsync($"/anexos/{attachmentId:N}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bogus.StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_IsNotFound()
    {
        var attachmentId = await SeedAttachmentAsync();
        var protector = app.Factory.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("tiflux.attachment-links").ToTimeLimitedDataProtector();
        var expired = protector.Protect(attachmentId.ToString("N"), DateTimeOffset.UtcNow.AddMinutes(-1));
        using var anonymous = app.Factory.CreateAppClient();

        using var response = await anonymous.GetAsync($"/anexos/{Uri.EscapeDataString(expired)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> SeedAttachmentAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var tickets = sp.GetRequiredService<ITicketQueries>();
        var lifecycle = sp.GetRequiredService<ITicketLifecycle>();
        var work = sp.GetRequiredService<ITicketWork>();
        var setup = sp.GetRequiredService<ITicketSetup>();
        var ct = CancellationToken.None;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var tech = new ActorDto(Guid.CreateVersion7(), "Técnico " + suffix, MayHandleMoney: true);
        var clientId = Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest("Anexos " + suffix, "Anexos " + suffix + " Ltda", BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), ct));
        var expense = Ok(await sp.GetRequiredService<ICatalogAdministration>().SaveExtraExpenseAsync(
            null, new SaveExtraExpenseRequest("Cabo " + suffix, 10m, "", true), ct));
        var desk = Ok(await setup.SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            ct));
        var number = Ok(await lifecycle.CreateTicketAsync(
            new CreateTicketRequest("Cabo trocado", "Detalhes", clientId, desk, null, null, null, "Ana", "ana@cliente.example", null), tech, ct));
        var extraId = Ok(await work.SaveExtraAsync(
            new SaveExtraRequest(number, null, expense, BillingScenario.Today.AddDays(-1), 1m, null, "Cabo de rede",
                new AttachmentUploadDto("nota.pdf", "application/pdf", FileBytes)),
            tech, ct));
        var ticket = await tickets.GetTicketAsync(number, ct);
        return ticket!.Extras.Single(e => e.Id == extraId).AttachmentId!.Value;
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
