using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Tiflux.Web.Identity;

/// <summary>What became of a code typed from the authenticator app.</summary>
public enum AuthenticatorCodeCheck
{
    Accepted,
    Wrong,
    Reused,
}

/// <summary>
/// Authenticator codes are single-use (RFC 6238 §5.2): Identity checks a code against the key but does not remember
/// it, so one seen over a shoulder or in a proxy log would work again while it is still valid. This remembers them.
/// </summary>
public interface IUsedAuthenticatorCodes
{
    /// <summary>Checks a code for <paramref name="user"/>'s authenticator (set-up, new recovery codes, removal) and uses it up.</summary>
    Task<AuthenticatorCodeCheck> UseAsync(TifluxUser user, string code);

    /// <summary>True when <paramref name="code"/> was accepted for this user and could still be valid.</summary>
    Task<bool> WasUsedAsync(TifluxUser user, string code);

    /// <summary>Records <paramref name="code"/> as used; false when another request changed the account at the same time.</summary>
    Task<bool> MarkUsedAsync(TifluxUser user, string code);
}

/// <summary>
/// Identity's authenticator provider accepts the codes of the current 30-second step and of two steps either side, and
/// does not say which step matched. So each accepted code is kept with the step it was accepted in, in the user's
/// tokens (login provider <c>[TwoFactorStep]</c>), until it cannot be valid any more (4 steps later), and is refused
/// again until then. One token row per user, updated with the user's concurrency stamp, so two requests racing with
/// the same code cannot both win.
/// </summary>
internal sealed class UsedAuthenticatorCodes(UserManager<TifluxUser> users, TimeProvider clock) : IUsedAuthenticatorCodes
{
    private const string LoginProvider = "[TwoFactorStep]";
    private const string TokenName = "UsedCodes";
    private const int StepSeconds = 30;

    /// <summary>A code accepted at step s matched a step in s-2..s+2, which Identity accepts until step s+4.</summary>
    private const int StepsAValidCodeLasts = 4;

    public async Task<AuthenticatorCodeCheck> UseAsync(TifluxUser user, string code)
    {
        code = TwoFactorCodes.Normalize(code);
        if (await WasUsedAsync(user, code))
        {
            return AuthenticatorCodeCheck.Reused;
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return AuthenticatorCodeCheck.Wrong;
        }

        return await MarkUsedAsync(user, code) ? AuthenticatorCodeCheck.Accepted : AuthenticatorCodeCheck.Reused;
    }

    public async Task<bool> WasUsedAsync(TifluxUser user, string code)
    {
        code = TwoFactorCodes.Normalize(code);
        return (await StillValidAsync(user)).Any(e => e.Code == code);
    }

    public async Task<bool> MarkUsedAsync(TifluxUser user, string code)
    {
        var kept = await StillValidAsync(user);
        kept.Add((CurrentStep(), TwoFactorCodes.Normalize(code)));
        var value = string.Join(';', kept.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Step}:{e.Code}")));
        return (await users.SetAuthenticationTokenAsync(user, LoginProvider, TokenName, value)).Succeeded;
    }

    private async Task<List<(long Step, string Code)>> StillValidAsync(TifluxUser user)
    {
        var oldest = CurrentStep() - StepsAValidCodeLasts;
        var stored = await users.GetAuthenticationTokenAsync(user, LoginProvider, TokenName) ?? "";
        return [.. stored.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(':'))
            .Where(parts => parts.Length == 2)
            .Select(parts => (Step: long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var step) ? step : 0, Code: parts[1]))
            .Where(e => e.Step >= oldest)];
    }

    private long CurrentStep() => clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
}

/// <summary>How typed two-factor codes are cleaned before they are checked.</summary>
internal static class TwoFactorCodes
{
    /// <summary>People type "123 456" or paste "ABCDE-12345" with spaces around it.</summary>
    public static string Normalize(string? code) =>
        new([.. (code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')]);
}
