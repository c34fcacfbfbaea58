using Assistant.Answers;
using Assistant.Bookmarks;
using Assistant.ConsoleChat;
using Assistant.Conversation;
using Assistant.Hosting;
using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Search;
using Assistant.Storage;
using Assistant.Telegram;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

// The verb and its arguments stay out of configuration: a question may contain "=" or start with "-".
var invocation = Invocation.Parse(args);
var builder = Host.CreateApplicationBuilder([.. invocation.HostArguments]);
builder.AddHostArguments(invocation);    // --program-starts-in → Program:StartsIn, TELEGRAM_BOT_TOKEN → Telegram:BotToken
builder.Services.TryAddSingleton(TimeProvider.System);

// Each feature registers itself; the order here is the order of dependence.
builder.AddProgramData();      // abstract book + timetable, or a program JSON
builder.AddSearch();           // Lucene index over the current program
builder.AddConversation();     // engine, commands, talk cards, offline answers
builder.AddAnswers();          // AI answers and summaries: Semantic Kernel when configured, extractive offline
builder.AddStorage();          // SQLite + migrations
builder.AddBookmarks();        // bookmarks, agenda, .ics, /remind, /forget_me
var frontEnd = builder.Choose(invocation);
if (frontEnd != FrontEnd.OneShot)
{
    // Not in one-shot runs: their dispatcher would deliver the running bot's queued reminders to stdout.
    builder.AddReminders();    // Quartz jobs per (talk, lead) in the same SQLite file, change notices, /reload,
                               // and the outbox with its outbound dispatcher (AddMessaging)
}

switch (frontEnd)
{
    case FrontEnd.OneShot:
        builder.AddOneShot(invocation);      // ask, search, and every feature's ICliCommand
        break;
    case FrontEnd.Telegram:
        builder.AddTelegram();              // long polling; replies and pushed messages go to Telegram
        break;
    default:
        builder.AddConsoleChat();           // no token: chat on stdin/stdout
        break;
}

using var host = builder.Build();
return await host.RunToExitCodeAsync();
