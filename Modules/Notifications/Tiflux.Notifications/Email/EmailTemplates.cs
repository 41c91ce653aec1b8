using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Templating;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.PublicApi;
using Tiflux.Notifications.TemplateEditing;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>The e-mail templates (see Templates/README.md for the variables), parsed once.</summary>
internal sealed class EmailTemplates() : EmbeddedTemplates(typeof(EmailTemplates).Assembly, "Tiflux.Notifications.Templates.")
{
    /// <summary>
    /// Renders the e-mail in <paramref name="folder"/>: the administrator's version when <paramref name="custom"/> is
    /// given (a template that does not parse or render throws a <see cref="TemplateException"/>), else the built-in one. The HTML part escapes every
    /// value by itself (<see cref="HtmlTemplateContext"/>); limits keep an edited template from hanging the sender.
    /// </summary>
    public (string Subject, string Html, string Text) Compose(string folder, object model, EmailTemplateOverride? custom = null)
    {
        var subject = Render($"{folder}/Subject", custom?.Subject, model, html: false, Limits);
        var html = Render($"{folder}/Html", custom?.Html, model, html: true, Limits);
        var text = Render($"{folder}/Text", custom?.Text, model, html: false, Limits);
        return (subject.ReplaceLineEndings(" ").Trim(), html, text);
    }

    /// <summary>Far above what a real e-mail needs (the longest list is an answer's files), far below a hang.</summary>
    public static readonly TemplateLimits Limits = new(Loops: 10_000, Recursion: 20, Output: 1_000_000);

    /// <summary>The built-in source of one part, shown by the editor and restored by "Restaurar padrão".</summary>
    public static string DefaultSource(string folder, string part)
    {
        var resource = typeof(EmailTemplates).Assembly.GetManifestResourceNames()
            .Single(r => r.StartsWith($"Tiflux.Notifications.Templates.{folder}.{part}.sbn-", StringComparison.Ordinal));
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The e-mail folders (TicketAnswer, BillingPdf, ...), each with its Subject, Html and Text parts.</summary>
    public IReadOnlyList<string> Folders => [.. Names.Where(n => n.EndsWith("/Subject", StringComparison.Ordinal)).Select(n => n[..n.IndexOf('/', StringComparison.Ordinal)]).Order(StringComparer.Ordinal)];

    public (string Subject, string Html, string Text) BillingPdf(BillingDetailsDto billing, ClientSummary client, OrganizationSettingsDto organization, string layoutName, string fileName)
    {
        var s = billing.Summary;
        var model = new BillingPdfModel(
            new BillingVars(
                s.Number.ToString(PtBr.Culture), PtBr.Date(s.BillingDate), PtBr.Date(s.DueDate),
                PtBr.Money(s.RealValue), PtBr.Money(s.Discount), PtBr.Money(s.Interest),
                s.NfeNumber, billing.Observations, layoutName),
            new ClientVars(client.Name, client.LegalName, client.TaxIdFormatted),
            OrganizationVars.From(organization),
            new AttachmentVars(fileName));
        return Compose("BillingPdf", model);
    }

    public (string Subject, string Html, string Text) AccountLink(AccountLinkEmailRequest request, OrganizationSettingsDto organization)
    {
        var model = new AccountLinkModel(
            OrganizationVars.From(organization),
            new LinkVars(request.Name, request.RequestedBy, request.Url, PtBr.DateTime(request.ExpiresAt), request.Purpose == AccountLinkPurpose.Invitation));
        return Compose("AccountLink", model);
    }

    public (string Subject, string Html, string Text) ConsumptionReminder(ConsumptionReminderEmailRequest request, OrganizationSettingsDto organization)
    {
        var model = new ConsumptionReminderModel(
            new ContractVars(request.ContractName),
            new ClientVars(request.ClientName, "", ""),
            OrganizationVars.From(organization),
            new ReminderVars(request.Period, request.Consumed, request.Included, request.PercentUsed.ToString(PtBr.Culture), request.Threshold.ToString(PtBr.Culture), request.Forecast));
        return Compose("ConsumptionReminder", model);
    }
}

internal sealed record AccountLinkModel(OrganizationVars Organization, LinkVars Link);

internal sealed record LinkVars(string Name, string InvitedBy, string Url, string ExpiresAt, bool IsInvitation);

internal sealed record BillingPdfModel(BillingVars Billing, ClientVars Client, OrganizationVars Organization, AttachmentVars Attachment);

internal sealed record BillingVars(string Number, string Date, string DueDate, string RealValue, string Discount, string Interest, string NfeNumber, string Observations, string Layout);

internal sealed record ClientVars(string Name, string LegalName, string TaxId);

/// <summary>The signature: the organisation's name and, on one line, its CNPJ, address and phone (Configurações &gt; Organização).</summary>
internal sealed record OrganizationVars(string Name, string Details, bool HasLogo)
{
    public static OrganizationVars From(OrganizationSettingsDto o) => new(o.CompanyName, o.ContactLine, o.Logo is not null);
}

internal sealed record AttachmentVars(string FileName);

internal sealed record ConsumptionReminderModel(ContractVars Contract, ClientVars Client, OrganizationVars Organization, ReminderVars Reminder);

internal sealed record ContractVars(string Name);

internal sealed record TicketAnswerModel(TicketVars Ticket, AnswerVars Answer, OrganizationVars Organization);

internal sealed record TicketVars(string Number, string Title, string Client);

/// <summary><see cref="Html"/> is the answer as the Tickets module stored it: already sanitised.</summary>
internal sealed record AnswerVars(string Author, TrustedHtml Html, string Text, IReadOnlyList<AnswerFileVars> Files);

internal sealed record TicketNoticeModel(TicketVars Ticket, NoticeVars Notice, OrganizationVars Organization);

/// <summary>
/// <see cref="Name"/> is the addressee (review, refusal) or the requester (authorization request); <see cref="Url"/>
/// the portal page to act on; the rest only where the notice has it.
/// </summary>
internal sealed record NoticeVars(string Name, string Url, string Deadline = "", string DecidedBy = "", string Reason = "");

internal sealed record AnswerFileVars(string Name, string Size, string Url);

internal sealed record ReminderVars(string Period, string Consumed, string Included, string PercentUsed, string Threshold, string Forecast);
