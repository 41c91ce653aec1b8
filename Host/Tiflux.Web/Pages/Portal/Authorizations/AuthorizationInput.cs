namespace Tiflux.Web.Pages.Portal.Authorizations;

/// <summary>An authoriser's decision on a new ticket: authorise, or refuse with a reason (the module requires it).</summary>
public sealed class AuthorizationInput
{
    public bool Approve { get; set; }

    public string? Reason { get; set; }
}
