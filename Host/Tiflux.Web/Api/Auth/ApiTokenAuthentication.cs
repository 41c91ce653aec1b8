using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tiflux.Web.Api.Conventions;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Api.Auth;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> for /api/v2. A valid token signs in its user with the user's roles; a
/// challenge answers 401/40101 and a refusal 403/40301 with the Tiflux error object.
/// </summary>
internal sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<TifluxUser> users,
    IUserClaimsPrincipalFactory<TifluxUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var userId = await tokens.FindUserAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        var user = userId is null ? null : await users.FindByIdAsync(userId.Value.ToString());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("Invalid API token.");
        }

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, Scheme, principal.Identities.First().NameClaimType, principal.Identities.First().RoleClaimType);
        identity.AddClaim(new Claim(ApiCaller.FullNameClaim, user.FullName));
        if (user.ClientId is { } clientId)
        {
            identity.AddClaim(new Claim(ApiCaller.ClientIdClaim, clientId.ToString()));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiError.Unauthorized().WriteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiError.Forbidden().WriteAsync(Context);
}
