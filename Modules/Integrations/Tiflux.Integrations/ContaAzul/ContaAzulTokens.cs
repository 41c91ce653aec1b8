using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.Settings;

namespace Tiflux.Integrations.ContaAzul;

/// <summary>
/// Conta Azul OAuth2 (authorization code): the connect URL, the code exchange and the refresh. The refresh token
/// rotates on every refresh, so the new one is stored (encrypted) in the same transaction that locked the settings
/// row: two jobs never refresh with the same token.
/// </summary>
internal sealed class ContaAzulTokens(
    DbContextOptions<IntegrationsDbContext> dbOptions, ExternalApi api, SecretBox secrets, IOptions<IntegrationsOptions> options, TimeProvider clock)
{
    private const string Service = "Conta Azul";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    public Uri AuthorizationUrl(string clientId, string redirectUri, string state) =>
        new($"{options.Value.ContaAzulAuthUrl.TrimEnd('/')}/oauth2/authorize?response_type=code&client_id={Json.Query(clientId)}" +
            $"&redirect_uri={Json.Query(redirectUri)}&state={Json.Query(state)}&scope={Json.Query("openid profile aws.cognito.signin.user.admin")}");

    public static string NewState() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Exchanges an authorization code and stores the tokens.</summary>
    public async Task ExchangeCodeAsync(string code, string redirectUri, CancellationToken cancellationToken)
    {
        await using var db = new IntegrationsDbContext(dbOptions);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var settings = await LockAsync(db, cancellationToken);
        var tokens = await TokenAsync(settings, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
        }, cancellationToken);
        Store(settings, tokens);
        settings.ContaAzulConnectedAt = clock.GetUtcNow();
        settings.ContaAzulPendingState = null;
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>A valid access token, refreshed (and the refresh token rotated) when it expires within five minutes or when <paramref name="force"/>.</summary>
    public async Task<string> AccessTokenAsync(bool force, CancellationToken cancellationToken)
    {
        await using var db = new IntegrationsDbContext(dbOptions);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var settings = await LockAsync(db, cancellationToken);
        var current = secrets.Unprotect(settings.ContaAzulAccessTokenProtected);
        if (!force && current is not null && settings.ContaAzulAccessTokenExpiresAt > clock.GetUtcNow() + RefreshMargin)
        {
            return current;
        }

        var refresh = secrets.Unprotect(settings.ContaAzulRefreshTokenProtected)
            ?? throw new IntegrationCallException(FailureKind.Permanent, "Conta Azul não conectada: use \"Conectar\" em Configurações › Integrações.");
        JsonNode? tokens;
        try
        {
            tokens = await TokenAsync(settings, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh }, cancellationToken);
        }
        catch (IntegrationCallException ex) when (ex.Kind == FailureKind.Permanent)
        {
            throw new IntegrationCallException(FailureKind.Permanent, ex.Message + " A conexão com a Conta Azul expirou: conecte novamente em Configurações › Integrações.", inner: ex);
        }

        Store(settings, tokens);
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return secrets.Unprotect(settings.ContaAzulAccessTokenProtected)!;
    }

    private async Task<JsonNode?> TokenAsync(IntegrationSettings settings, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        var secret = secrets.Unprotect(settings.ContaAzulClientSecretProtected);
        if (string.IsNullOrWhiteSpace(settings.ContaAzulClientId) || secret is null)
        {
            throw new IntegrationCallException(FailureKind.Permanent, "Conta Azul: client id e client secret não configurados.");
        }

        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ContaAzulClientId}:{secret}"));
        using var content = new FormUrlEncodedContent(form);
        return await api.SendAsync(Service, HttpMethod.Post, new Uri(options.Value.ContaAzulAuthUrl.TrimEnd('/') + "/oauth2/token"),
            h => h.Authorization = new AuthenticationHeaderValue("Basic", basic), null, cancellationToken, content: content);
    }

    private void Store(IntegrationSettings settings, JsonNode? tokens)
    {
        var access = tokens.Str("access_token");
        var refresh = tokens.Str("refresh_token");
        if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(refresh))
        {
            throw new IntegrationCallException(FailureKind.Transient, "Conta Azul: resposta de token sem access_token ou refresh_token.");
        }

        var expiresIn = int.TryParse(tokens.Str("expires_in"), out var seconds) ? seconds : 3600;
        settings.ContaAzulAccessTokenProtected = secrets.Protect(access);
        settings.ContaAzulRefreshTokenProtected = secrets.Protect(refresh);
        settings.ContaAzulAccessTokenExpiresAt = clock.GetUtcNow().AddSeconds(expiresIn);
    }

    private static async Task<IntegrationSettings> LockAsync(IntegrationsDbContext db, CancellationToken cancellationToken) =>
        await db.Settings.FromSql($"SELECT * FROM integrations.settings WHERE id = 1 FOR UPDATE").SingleAsync(cancellationToken);
}
