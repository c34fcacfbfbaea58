using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Ai;

/// <summary>Decorator registration by hand (no Scrutor): replaces the last registration of a service with a wrapper around it.</summary>
internal static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate, string missingHint)
        where TService : class
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"Cannot decorate {typeof(TService).Name}: it is not registered yet. {missingHint}");
        services.Remove(inner);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, Create<TService>(sp, inner)), inner.Lifetime));
        return services;
    }

    private static TService Create<TService>(IServiceProvider sp, ServiceDescriptor descriptor) where TService : class =>
        (TService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
