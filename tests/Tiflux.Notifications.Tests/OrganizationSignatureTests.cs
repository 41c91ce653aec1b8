using MimeKit;
using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Tests;

/// <summary>The organisation's logo and contact line sign the e-mails; the logo travels inline (cid), not as a link.</summary>
public sealed class OrganizationSignatureTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private static OrganizationSettingsDto Organization(OrganizationLogo? logo) => new(
        "Suporte Sul TI", "11.222.333/0001-81", "Rua A, 1", "(51) 3333-4444", logo, 10, ClosingReportLayout.Detailed, false);

    private static string ReminderHtml(OrganizationLogo? logo) => new EmailTemplates().ConsumptionReminder(
        new ConsumptionReminderEmailRequest(Guid.NewGuid(), "Banco de horas", "Padaria", "01/03/2026 a 31/03/2026", "08:00", "10:00", 80, 80, ["a@b.example"]),
        Organization(logo)).Html;

    [Fact]
    public void TheHtmlShowsTheLogoByContentId_OnlyWhenOneIsSaved()
    {
        Assert.Contains("src=\"cid:organization-logo\"", ReminderHtml(new OrganizationLogo("image/png", Png)), StringComparison.Ordinal);
        Assert.DoesNotContain("cid:", ReminderHtml(null), StringComparison.Ordinal);
        Assert.Contains("CNPJ 11.222.333/0001-81 · Rua A, 1 · (51) 3333-4444", System.Net.WebUtility.HtmlDecode(ReminderHtml(null)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSentMessage_CarriesTheLogoInline_UnderTheIdTheHtmlUses()
    {
        var message = new OutgoingMessage { Id = Guid.NewGuid(), Recipients = "a@b.example", Subject = "s", HtmlBody = ReminderHtml(new OrganizationLogo("image/png", Png)), TextBody = "t" };

        var mime = MailKitTransport.Build(message, new MailboxAddress("Financeiro", "fin@msp.example"), new OrganizationLogo("image/png", Png));

        var inline = Assert.Single(mime.BodyParts.OfType<MimePart>(), p => p.ContentId == MailKitTransport.LogoContentId);
        Assert.Equal("image/png", inline.ContentType.MimeType);
        using var content = new MemoryStream();
        inline.Content!.DecodeTo(content);
        Assert.Equal(Png, content.ToArray());
    }
}
