using Tiflux.Billing.Invoicing.Drafts;
using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// A billing request judged against a computation: the selection, the observations and due date defaults filled in,
/// the recipients, and every reason to refuse it. Faturar and each cycle of an automatic batch judge through here.
/// </summary>
internal sealed record PreparedCommit(CommitBillingRequest Request, BillingSelection Selection, string Observations, IReadOnlyList<string>? Recipients, List<Error> Errors)
{
    /// <param name="request">What the user (or the run) asked for.</param>
    /// <param name="computation">The pending lines the billing is written from.</param>
    /// <param name="settings">The billing settings read under the write lock.</param>
    /// <param name="billedBefore">Groups billed earlier in the same transaction (an automatic batch): they count as billed for the billing order.</param>
    public static PreparedCommit Of(CommitBillingRequest request, PendingComputation computation, BillingSettings settings, IReadOnlySet<string>? billedBefore = null)
    {
        var selection = BillingSelection.Of(request.Selection, computation);
        var observations = request.Observations ?? BillingDraftDefaults.Observations(selection.Groups.SelectMany(g => g.Lines));
        request = request with { DueDate = request.DueDate ?? BillingDraftDefaults.DueDate(selection.Groups.SelectMany(g => g.Lines), request.BillingDate, settings.DueDateTermDays) };
        var errors = CommitValidation.Check(request, observations, selection, settings);
        var recipients = request.Email is { } email ? EmailAddresses.Parse(email.Recipients) : null;
        if (recipients is { IsSuccess: false })
        {
            errors.AddRange(recipients.Errors.Select(e => e with { Field = "Email" }));
        }

        var ordered = billedBefore is null ? selection.SelectedGroups : new HashSet<string>(billedBefore.Concat(selection.SelectedGroups), StringComparer.Ordinal);
        errors.AddRange(BillingOrder.Check(ordered, computation));
        return new PreparedCommit(request, selection, observations, recipients is { IsSuccess: true } ? recipients.Value : null, errors);
    }
}
