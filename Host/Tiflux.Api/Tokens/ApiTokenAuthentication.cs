using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Tiflux.Api.Conventions;
using Tiflux.Api.Users;

namespace Tiflux.Api.Tokens;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> for /api/v2. A valid token of an active user signs in that user with their current permissions; a
/// challenge answers 401/40101 and a refusal 403/40301 with the Tiflux error object.
/// </summary>
internal sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IUserAccess access)
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

        var user = await tokens.FindUserAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        // A deactivated user's tokens stop working at once: their access is read on every request.
        var userAccess = user is null ? null : await access.FindActiveAsync(user.Id, Context.RequestAborted);
        if (user is null || userAccess is null)
        {
            return AuthenticateResult.Fail("Invalid API token.");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.Email),
            new(ClaimTypes.Email, user.Email),
            new(ApiCaller.FullNameClaim, user.FullName),
        ];
        var principal = AccessClaims.With(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, ClaimTypes.Role)), userAccess);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiError.Unauthorized().WriteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiError.Forbidden().WriteAsync(Context);
}
