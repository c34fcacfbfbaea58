-- 001: users (one per chat) and their bookmarks. Timestamps: unix epoch milliseconds (UTC) in BIGINT.
CREATE TABLE users (
    chat_id               BIGINT  NOT NULL PRIMARY KEY,
    language_code         TEXT    NULL,
    time_zone_id          TEXT    NULL,
    reminder_lead_minutes INTEGER NOT NULL DEFAULT 10,
    is_active             INTEGER NOT NULL DEFAULT 1,
    inactive_since        BIGINT  NULL,
    created_at            BIGINT  NOT NULL,
    updated_at            BIGINT  NOT NULL
);

-- Keyed by the talk's stable id, never by its position in a file; a cancelled talk keeps its rows.
CREATE TABLE bookmarks (
    chat_id    BIGINT NOT NULL REFERENCES users (chat_id) ON DELETE CASCADE,
    talk_id    TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (chat_id, talk_id)
);

CREATE INDEX ix_bookmarks_talk_id ON bookmarks (talk_id);
