using System.Data;

namespace Assistant.Storage;

/// <summary>
/// Deletes one feature's rows about a chat as part of <see cref="IUserStore.ForgetAsync"/>. Features that keep
/// per-chat data in their own tables (the reminders outbox and delivery log, ...) register one with
/// <c>services.AddSingleton&lt;IUserDataEraser, MyEraser&gt;()</c>; all run in the same transaction, before the
/// user's bookmarks and profile are deleted.
/// </summary>
public interface IUserDataEraser
{
    Task EraseAsync(IDbConnection connection, IDbTransaction transaction, long chatId);
}
