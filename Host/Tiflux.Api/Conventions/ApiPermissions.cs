namespace Tiflux.Api.Conventions;

/// <summary>
/// What a /api/v2 route requires, declared where it is mapped: a permission (<see cref="SharedKernel.Permissions"/>),
/// optionally open to client-portal users too (the handler then limits them to their own client), or nothing beyond
/// being signed in ("Livre"). <see cref="ApiPermissionFilter"/> enforces it; a route without it is refused.
/// </summary>
public sealed record ApiPermissionMetadata(string? Permission, bool PortalUsersToo);

internal static class ApiPermissions
{
    /// <summary>Only users holding <paramref name="permission"/>.</summary>
    public static RouteHandlerBuilder Requires(this RouteHandlerBuilder route, string permission) =>
        route.WithMetadata(new ApiPermissionMetadata(permission, PortalUsersToo: false));

    /// <summary>Staff holding <paramref name="permission"/>, and client-portal users (limited to their client by the handler).</summary>
    public static RouteHandlerBuilder RequiresOrPortal(this RouteHandlerBuilder route, string permission) =>
        route.WithMetadata(new ApiPermissionMetadata(permission, PortalUsersToo: true));

    /// <summary>Any signed-in user ("Livre"); the handler decides what they see.</summary>
    public static RouteHandlerBuilder Free(this RouteHandlerBuilder route) =>
        route.WithMetadata(new ApiPermissionMetadata(null, PortalUsersToo: true));
}

/// <summary>Refuses (403/40301) a caller who lacks the permission the route declares.</summary>
internal sealed class ApiPermissionFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var required = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ApiPermissionMetadata>();
        var caller = context.HttpContext.Caller();
        var allowed = required switch
        {
            null => false,
            { Permission: null } => true,
            { Permission: { } permission } => caller.Has(permission) || (required.PortalUsersToo && caller.IsPortalUser),
        };
        ApiAccess.Require(allowed);
        return next(context);
    }
}
