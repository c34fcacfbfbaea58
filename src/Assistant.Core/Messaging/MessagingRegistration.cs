using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Assistant.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// The outbox (SQLite, migration 002) and the outbound dispatcher (section "Dispatcher"). Needs AddStorage and a
    /// front-end's <see cref="IMessageTransport"/>; features add <see cref="IOutboxComposer"/>s for their kinds.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(OutboxSignal))) return builder;
        services.AddOptions<DispatcherOptions>()
            .BindConfiguration(DispatcherOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.TryAddSingleton<IOutbox, SqlOutbox>();
        services.AddSingleton<OutboundDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboundDispatcher>());
        return builder;
    }
}
