using System.Data;
using Assistant.Storage;
using Dapper;

namespace Assistant.Reminders;

/// <summary>/forget: removes the chat's queued messages and its delivery log.</summary>
internal sealed class ReminderDataEraser : IUserDataEraser
{
    public async Task EraseAsync(IDbConnection connection, IDbTransaction transaction, long chatId)
    {
        await connection.ExecuteAsync("DELETE FROM outbox WHERE chat_id = @chatId", new { chatId }, transaction);
        await connection.ExecuteAsync("DELETE FROM delivery_log WHERE chat_id = @chatId", new { chatId }, transaction);
    }
}
