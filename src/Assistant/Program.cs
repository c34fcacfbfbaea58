using Assistant.Hosting;
using Assistant.Storage;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);

// Each feature registers itself; the order here is the order of dependence.
// builder.AddProgramData();   // ProgramData: abstract book + timetable, or a program JSON
// builder.AddSearch();        // Search: Lucene index over the current program
// builder.AddConversation();  // Conversation: engine, commands, talk cards
// builder.AddAnswers();       // Answers: offline, or Semantic Kernel when configured
builder.AddStorage();          // Storage: SQLite + migrations
// builder.AddBookmarks();
// builder.AddReminders();     // Quartz
// builder.AddMessaging();     // outbound dispatcher
// builder.AddFrontEnd(args);  // Telegram when a token is configured, else the console chat

using var host = builder.Build();
await host.RunAsync();
