using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications;

public static class NotificationsModule
{
    public const string Schema = "notifications";

    public static IServiceCollection AddNotificationsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<NotificationsDbContext>(Schema, order: 50);
        services.AddScoped<INotificationsModule, NotificationsFacade>();
        return services;
    }
}
