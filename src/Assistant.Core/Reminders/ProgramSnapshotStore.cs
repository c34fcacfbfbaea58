using System.Data.Common;
using Assistant.ProgramData;
using Assistant.Storage;
using Dapper;

namespace Assistant.Reminders;

/// <summary>
/// The program as users were last told it (table <c>program_snapshot</c>, migration 004): start, end, room and
/// title per talk id, so changes made while the bot was down can be announced at start-up.
/// </summary>
/// <remarks>
/// Times are stored without the rehearsal shift (<see cref="IProgramProvider.Shift"/>) and the current shift is
/// added back on load: with <c>Program:StartsIn</c> every start re-anchors the day at "now", and comparing shifted
/// times would announce that every talk moved on each restart. Unshifted against unshifted, only what changed in
/// the program file counts, and the notices still read in the rehearsal's (shifted) times.
/// </remarks>
public sealed class ProgramSnapshotStore(ISqlConnectionFactory connections, TimeProvider time)
{
    /// <summary>
    /// The snapshot as a program in the current rehearsal's times, shaped like <paramref name="current"/> (same name,
    /// zone, days and sessions; talks still in it keep their other fields); null when no snapshot has been stored.
    /// </summary>
    public async Task<ConferenceProgram?> LoadAsync(ConferenceProgram current, TimeSpan shift, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT talk_id AS TalkId, code AS Code, title AS Title, room AS Room, start_at AS StartAt, end_at AS EndAt
            FROM program_snapshot ORDER BY start_at, talk_id
            """, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0) return null;

        var talks = rows.Select(r =>
        {
            var start = DateTimeOffset.FromUnixTimeMilliseconds(r.StartAt) + shift;
            var end = DateTimeOffset.FromUnixTimeMilliseconds(r.EndAt) + shift;
            // The stored title is the one shown to users, so it is never noise any more. Stored codes, too: they are
            // unique among themselves, whereas a surviving talk's new code may be a cancelled talk's old one.
            return current.FindById(r.TalkId) is { } now
                ? now with { Code = r.Code, Title = r.Title, TitleIsNoise = false, Room = r.Room, Start = start, End = end }
                : new Talk(r.TalkId, r.Code, r.Title, "", "", [], "", 0, r.Room, start, end);
        }).ToList();
        return new ConferenceProgram(current.Name, current.TimeZone, current.Days, current.Sessions, talks);
    }

    /// <summary>Replaces the snapshot with <paramref name="program"/> (its times minus <paramref name="shift"/>) in the caller's transaction.</summary>
    public async Task SaveAsync(ConferenceProgram program, TimeSpan shift, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var savedAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM program_snapshot", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO program_snapshot (talk_id, code, title, room, start_at, end_at, saved_at)
            VALUES (@TalkId, @Code, @Title, @Room, @StartAt, @EndAt, @SavedAt)
            """,
            program.Talks.Select(t => new
            {
                TalkId = t.Id,
                t.Code,
                Title = ReminderText.Title(t),
                t.Room,
                StartAt = (t.Start - shift).ToUnixTimeMilliseconds(),
                EndAt = (t.End - shift).ToUnixTimeMilliseconds(),
                SavedAt = savedAt,
            }),
            transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Replaces the snapshot in a transaction of its own (first start: nothing to announce).</summary>
    public async Task SaveAsync(ConferenceProgram program, TimeSpan shift, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SaveAsync(program, shift, connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed record Row
    {
        public string TalkId { get; init; } = "";
        public string Code { get; init; } = "";
        public string Title { get; init; } = "";
        public string Room { get; init; } = "";
        public long StartAt { get; init; }
        public long EndAt { get; init; }
    }
}
