using Microsoft.AspNetCore.Authentication;
using Tiflux.Api.Appointments;
using Tiflux.Api.Billing;
using Tiflux.Api.Catalog;
using Tiflux.Api.Checklists;
using Tiflux.Api.Clients;
using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Conversation;
using Tiflux.Api.Desks;
using Tiflux.Api.Persistence;
using Tiflux.Api.Requestors;
using Tiflux.Api.ServicesCatalogs;
using Tiflux.Api.Tickets;
using Tiflux.Api.Tokens;
using Tiflux.Api.Users;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Api;

/// <summary>
/// The REST API under <c>/api/v2</c>: Tiflux API v2 compatible routes plus our set-up and billing automation, all
/// through the modules' public facades, authenticated by personal API tokens.
/// </summary>
public static class ApiV2
{
    public const string Prefix = "/api/v2";
    public const string Policy = "ApiV2";
    public const string DocsPolicy = "ApiV2Docs";

    /// <summary>The keyed name of the OpenAPI document (the API reference page renders it).</summary>
    public const string OpenApiDocument = ApiOpenApi.DocumentName;

    public static IServiceCollection AddTifluxApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ApiDbContext>(ApiDbContext.Schema, order: 60);
        services.AddScoped(sp => new ApiTokenService(
            sp.GetRequiredService<ApiDbContext>(), sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PublicIds>();
        services.AddScoped<TicketDetailShape>();
        services.AddScoped<ValorizationShape>();
        services.AddConversationViews();
        services.Configure<ApiRateLimitOptions>(configuration.GetSection(ApiRateLimitOptions.Section));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.Scheme).RequireAuthenticatedUser())
            .AddPolicy(DocsPolicy, p => p
                .AddAuthenticationSchemes(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme, ApiTokenAuthentication.Scheme)
                .RequireAuthenticatedUser());
        services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        services.AddApiOpenApi();
        return services;
    }

    public static bool IsApiRequest(this HttpContext context) => context.Request.Path.StartsWithSegments(Prefix);

    /// <summary>
    /// JSON errors for every /api/v2 failure, also before an endpoint runs (authentication, routing); placed before
    /// authentication and inside the host's HTML exception handler and status-code pages (see <see cref="ApiFailures"/>).
    /// </summary>
    public static IApplicationBuilder UseTifluxApiErrors(this IApplicationBuilder app) =>
        app.UseWhen(IsApiRequest, api => api.UseMiddleware<ApiFailures>());

    /// <summary>Rate limits and body caps for /api/v2; runs before authorization.</summary>
    public static IApplicationBuilder UseTifluxApi(this IApplicationBuilder app) =>
        app.UseWhen(IsApiRequest, api => api.UseMiddleware<ApiRateLimiter>());

    public static void MapTifluxApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(Prefix + "/{documentName}.json").RequireAuthorization(DocsPolicy);
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(Policy)
            .AddEndpointFilter<ApiEndpointFilter>()
            .AddEndpointFilter<ApiPermissionFilter>();
        UsersEndpoints.Map(api);
        UserDirectoryEndpoints.Map(api);
        UserWriteEndpoints.Map(api);
        ClientUserEndpoints.Map(api);
        GroupEndpoints.Map(api);
        ClientListEndpoint.Map(api);
        ClientCreateEndpoint.Map(api);
        ClientGetEndpoint.Map(api);
        ClientUpdateEndpoint.Map(api);
        ContractsEndpoints.Map(api);
        DesksEndpoints.Map(api);
        TicketsEndpoints.Map(api);
        AppointmentsEndpoints.Map(api);
        LookupsEndpoints.Map(api);
        BillingHistoryEndpoint.Map(api);
        EquipmentEndpoints.Map(api);
        ContractTypesEndpoints.Map(api);
        ContractCreateEndpoint.Map(api);
        ContractGetEndpoint.Map(api);
        ContractRidersEndpoint.Map(api);
        ReadjustmentsDueEndpoint.Map(api);
        ReadjustmentApplyEndpoint.Map(api);
        ContractCancelEndpoint.Map(api);
        LooseServicesEndpoints.Map(api);
        ShiftsEndpoints.Map(api);
        ExtraExpensesEndpoints.Map(api);
        TicketWorkEndpoints.Map(api);
        ConversationEndpoints.Map(api);
        TicketChecklistsEndpoints.Map(api);
        RequestorEndpoints.Map(api);
        ServicesCatalogRoutes.Map(api);
        PendingBillingEndpoints.Map(api);
        BillingCreateEndpoint.Map(api);
        BillingGetEndpoint.Map(api);
        BillingReverseEndpoint.Map(api);
        BillingPdfEndpoint.Map(api);
        api.MapFallback(ApiFallback.Answer).ExcludeFromDescription().Free();
    }
}
