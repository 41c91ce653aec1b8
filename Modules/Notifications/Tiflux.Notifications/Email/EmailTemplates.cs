using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Templating;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>The e-mail templates (see Templates/README.md for the variables), parsed once.</summary>
internal sealed class EmailTemplates() : EmbeddedTemplates(typeof(EmailTemplates).Assembly, "Tiflux.Notifications.Templates.")
{
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
        var subject = Render("BillingPdf/Subject", model).ReplaceLineEndings(" ").Trim();
        return (subject, Render("BillingPdf/Html", model), Render("BillingPdf/Text", model));
    }

    public (string Subject, string Html, string Text) AccountLink(AccountLinkEmailRequest request, OrganizationSettingsDto organization)
    {
        var model = new AccountLinkModel(
            OrganizationVars.From(organization),
            new LinkVars(request.Name, request.RequestedBy, request.Url, PtBr.DateTime(request.ExpiresAt), request.Purpose == AccountLinkPurpose.Invitation));
        var subject = Render("AccountLink/Subject", model).ReplaceLineEndings(" ").Trim();
        return (subject, Render("AccountLink/Html", model), Render("AccountLink/Text", model));
    }

    public (string Subject, string Html, string Text) TicketAnswer(TicketAnswerPosted posted, IReadOnlyList<AnswerFileVars> files, OrganizationSettingsDto organization)
    {
        var model = new TicketAnswerModel(
            new TicketVars(posted.TicketNumber.ToString(PtBr.Culture), posted.TicketTitle, posted.ClientName),
            new AnswerVars(posted.Author, posted.Html, posted.Text.Trim(), files),
            OrganizationVars.From(organization));
        var subject = Render("TicketAnswer/Subject", model).ReplaceLineEndings(" ").Trim();
        return (subject, Render("TicketAnswer/Html", model), Render("TicketAnswer/Text", model));
    }

    /// <summary>A short notice about a ticket (review request, authorization request or refusal): <paramref name="template"/> is its folder.</summary>
    public (string Subject, string Html, string Text) TicketNotice(string template, TicketNoticeModel model)
    {
        var subject = Render(template + "/Subject", model).ReplaceLineEndings(" ").Trim();
        return (subject, Render(template + "/Html", model), Render(template + "/Text", model));
    }

    public (string Subject, string Html, string Text) ConsumptionReminder(ConsumptionReminderEmailRequest request, OrganizationSettingsDto organization)
    {
        var model = new ConsumptionReminderModel(
            new ContractVars(request.ContractName),
            new ClientVars(request.ClientName, "", ""),
            OrganizationVars.From(organization),
            new ReminderVars(request.Period, request.Consumed, request.Included, request.PercentUsed.ToString(PtBr.Culture), request.Threshold.ToString(PtBr.Culture)));
        var subject = Render("ConsumptionReminder/Subject", model).ReplaceLineEndings(" ").Trim();
        return (subject, Render("ConsumptionReminder/Html", model), Render("ConsumptionReminder/Text", model));
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
internal sealed record AnswerVars(string Author, string Html, string Text, IReadOnlyList<AnswerFileVars> Files);

internal sealed record TicketNoticeModel(TicketVars Ticket, NoticeVars Notice, OrganizationVars Organization);

/// <summary>
/// <see cref="Name"/> is the addressee (review, refusal) or the requester (authorization request); <see cref="Url"/>
/// the portal page to act on; the rest only where the notice has it.
/// </summary>
internal sealed record NoticeVars(string Name, string Url, string Deadline = "", string DecidedBy = "", string Reason = "");

internal sealed record AnswerFileVars(string Name, string Size, string Url);

internal sealed record ReminderVars(string Period, string Consumed, string Included, string PercentUsed, string Threshold);
