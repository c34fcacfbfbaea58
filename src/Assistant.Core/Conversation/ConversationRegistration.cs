using Assistant.Answers;
using Assistant.Conversation.Callbacks;
using Assistant.Conversation.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Assistant.Conversation;

/// <summary>Registers the conversation engine and everything it routes to.</summary>
public static class ConversationRegistration
{
    /// <summary>
    /// The engine, its commands and callback actions, talk cards, the schedule and session free-text intents, and the offline
    /// answer service (TryAdd, so an AI answer service registered before or after can replace or decorate it).
    /// Features add their own <see cref="IFreeTextIntent"/>s. Needs IProgramProvider and ITalkSearch.
    /// </summary>
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TalkCards>();
        services.TryAddSingleton<ScheduleReplies>();
        services.TryAddSingleton<FreeTextHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFreeTextIntent, ScheduleFreeTextIntent>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFreeTextIntent, SessionFreeTextIntent>());
        services.TryAddSingleton<IAnswerService, SearchAnswerService>();
        services.TryAddSingleton<IConversation, ConversationEngine>();

        // Registration order is /help's order.
        services.AddSingleton<IChatCommand, StartCommand>();
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatCommand, TalkCommand>();
        services.AddSingleton<IChatCommand, SearchCommand>();
        services.AddSingleton<IChatCommand, SessionCommand>();
        services.AddSingleton<IChatCommand, NowCommand>();
        services.AddSingleton<IChatCommand, NextCommand>();
        services.AddSingleton<IChatCommand, TodayCommand>();
        services.AddSingleton<IChatCommand, DayCommand>();
        services.AddSingleton<IChatCommand, RoomsCommand>();

        services.AddSingleton<ICallbackAction, CardAction>();
        services.AddSingleton<ICallbackAction, AbstractAction>();
        services.AddSingleton<ICallbackAction, SessionAction>();
        return builder;
    }
}
