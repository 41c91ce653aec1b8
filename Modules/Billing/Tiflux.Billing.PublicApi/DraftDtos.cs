using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>
/// What to bill for one client: the pending lines computed with <see cref="Filters"/>, restricted to the groups in
/// <see cref="SelectedGroupKeys"/> unless <see cref="BillAll"/> (faturamento total).
/// </summary>
public sealed record BillingDraftRequest(Guid ClientId, PendingRequest Filters, IReadOnlyList<string> SelectedGroupKeys, bool BillAll);

/// <summary>Lines billed together (a whole contract cycle, or one standalone item) and their billable total.</summary>
public sealed record BillingDraftGroupDto(string GroupKey, IReadOnlyList<PendingLineDto> Lines, decimal Total);

/// <summary>
/// A billing as it would be written now: the selected groups still pending (warranty lines shown, not billed), the
/// total of the billable lines, the suggested observations, the default dates and <see cref="Version"/>, a fingerprint
/// of what would be billed that <see cref="CommitBillingRequest.Version"/> carries back. <see cref="MissingGroupKeys"/>
/// are selected groups no longer pending (billed meanwhile); <see cref="ClientName"/> is null when the client has no
/// pending line at all.
/// </summary>
public sealed record BillingDraftDto(
    Guid ClientId,
    string? ClientName,
    IReadOnlyList<BillingDraftGroupDto> Groups,
    IReadOnlyList<string> MissingGroupKeys,
    decimal Total,
    string SuggestedObservations,
    DateOnly BillingDate,
    DateOnly DueDate,
    string Version);

/// <summary>
/// Writes the billing of <see cref="Selection"/>. With a <see cref="Version"/> (from a draft) it is refused when what
/// would be billed changed since the draft (<see cref="BillingErrorCodes.DraftChanged"/>); null bills what is pending
/// now. Null <see cref="Observations"/> means the suggested ones, null <see cref="DueDate"/> the draft's default due
/// date. With <see cref="Email"/>, the closing report is e-mailed: the request is written with the billing, in the
/// same transaction, and Notifications queues the message once.
/// </summary>
public sealed record CommitBillingRequest(
    BillingDraftRequest Selection,
    string? Version,
    DateOnly BillingDate,
    DateOnly? DueDate,
    decimal Discount,
    decimal Interest,
    string? NfeNumber,
    string? Observations,
    IReadOnlyList<AttachmentUpload> Attachments,
    string CreatedBy)
{
    /// <summary>"Enviar PDF por e-mail" with the billing; null sends nothing.</summary>
    public BillingEmailRequest? Email { get; init; }
}

/// <summary>The closing report to e-mail when the billing is created: recipients as typed (checked) and the layout.</summary>
public sealed record BillingEmailRequest(string? Recipients, ClosingReportLayout Layout);

/// <summary>Stable codes of billing errors callers may act on.</summary>
public static class BillingErrorCodes
{
    /// <summary>The lines or amounts changed between the draft and the commit; nothing was written.</summary>
    public const string DraftChanged = "billing_draft_changed";
}
