using Assistant.ConsoleChat;
using Assistant.Conversation;
using Assistant.Hosting;
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
// builder.AddProgramData();   // lands with ProgramData: abstract book + timetable, or a program JSON
// builder.AddSearch();        // lands with Search: Lucene index over the current program
builder.AddConversation();     // engine, commands, talk cards, offline answers
// builder.AddAnswers();       // lands with AI answers: Semantic Kernel when configured
builder.AddStorage();          // SQLite + migrations
// builder.AddBookmarks();     // lands with Bookmarks
// builder.AddReminders();     // lands with Reminders (Quartz)
// builder.AddMessaging();     // lands with Messaging: outbound dispatcher

switch (builder.Choose(invocation))
{
    case FrontEnd.OneShot:
        builder.AddOneShot(invocation);      // ask, search, and every feature's ICliCommand
        break;
    case FrontEnd.Telegram:
        builder.AddTelegram();              // long polling; the Bot API's IMessageTransport
        break;
    default:
        builder.AddConsoleChat();           // no token: chat on stdin/stdout
        break;
}

using var host = builder.Build();
return await host.RunToExitCodeAsync();
