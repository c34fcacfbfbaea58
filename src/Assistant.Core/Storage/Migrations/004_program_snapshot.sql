-- 004: the program as users were last told it (and reminders were planned against), one row per talk id, so
-- changes made while the bot was down can be announced at start-up. No per-chat data.
-- Times are the UNSHIFTED instants (a Program:StartsIn rehearsal shift removed), unix epoch milliseconds (UTC):
-- a rehearsal restart re-anchors the whole day at "now" and must not read as every talk having moved.
-- title is the title as shown to users; code is kept so a talk cancelled while the bot was down can be named.
CREATE TABLE IF NOT EXISTS program_snapshot (
    talk_id   TEXT   NOT NULL PRIMARY KEY,
    code      TEXT   NOT NULL,
    title     TEXT   NOT NULL,
    room      TEXT   NOT NULL,
    start_at  BIGINT NOT NULL,
    end_at    BIGINT NOT NULL,
    saved_at  BIGINT NOT NULL
);
