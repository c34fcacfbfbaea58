using Assistant.Conversation;
using Assistant.Messaging;
using Assistant.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Assistant.Reminders;

public static class RemindersRegistration
{
    /// <summary>
    /// Reminders: Quartz with its persistent store in the app's SQLite file (tables provisioned by Quartz), one job per
    /// (talk, lead), the planner the bookmark commands call, change notices on reload, and /reload for organisers.
    /// Also adds messaging (outbox + dispatcher), which reminders are sent through. Needs AddStorage and AddProgramData.
    /// </summary>
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.AddMessaging();
        var services = builder.Services;
        services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Quartz opens its own connections, so it needs the connection string now, from the same settings as Storage.
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.AddQuartz(q =>
        {
            // No UseTimeProvider call: Quartz takes the TimeProvider registered in the container (the injected one),
            // which a test replaces with a FakeTimeProvider before the host is built.
            q.UseDefaultThreadPool(4);
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(storage.ConnectionString);
                store.ProvisionSchema();
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
            });
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        services.TryAddSingleton<ISubscriberCounts, SqlSubscriberCounts>();
        services.TryAddSingleton<ReminderScheduler>();
        services.TryAddSingleton<ScheduleChangeNotifier>();
        services.TryAddSingleton<ProgramSnapshotStore>();
        services.TryAddSingleton<IReminderPlanner, ReminderPlanner>();
        services.AddSingleton<IOutboxComposer, ReminderComposer>();
        services.AddSingleton<IUserDataEraser, ReminderDataEraser>();
        services.AddSingleton<IChatCommand, ReloadCommand>();
        services.AddSingleton<ReminderCoordinator>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderCoordinator>());
        return builder;
    }
}
