-- 002: the outbound queue (outbox) and the record of what was delivered (delivery_log).
-- One message is identified by (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant):
--   reminders:      kind 'reminder', the subscriber's lead time, the talk's start instant, variant ''
--   change notices: kind 'change', lead 0, the talk's new start (old start when cancelled), variant = hash of the change
-- so a talk that moves gets a fresh reminder for its new time, while a retry, a restart or a second job firing
-- for the same instant finds the key taken. Timestamps: unix epoch milliseconds (UTC) in BIGINT.
CREATE TABLE outbox (
    chat_id         BIGINT  NOT NULL,
    kind            TEXT    NOT NULL,
    talk_id         TEXT    NOT NULL,
    lead_minutes    INTEGER NOT NULL,
    talk_start_at   BIGINT  NOT NULL,
    variant         TEXT    NOT NULL,
    remind_at       BIGINT  NOT NULL,  -- the instant the message is meant for (start - lead); groups one chat's rows into one message
    due_at          BIGINT  NOT NULL,  -- when the fan-out made it sendable; sending order
    next_attempt_at BIGINT  NOT NULL,  -- due_at, later after a transient failure or a 429
    attempts        INTEGER NOT NULL DEFAULT 0,
    body            TEXT    NULL,      -- pre-rendered text (change notices); reminders are rendered at send time
    created_at      BIGINT  NOT NULL,
    PRIMARY KEY (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant)
);

CREATE INDEX ix_outbox_next_attempt_at ON outbox (next_attempt_at);

-- Rows are never updated: an insert that conflicts means "already delivered".
CREATE TABLE delivery_log (
    chat_id       BIGINT  NOT NULL,
    kind          TEXT    NOT NULL,
    talk_id       TEXT    NOT NULL,
    lead_minutes  INTEGER NOT NULL,
    talk_start_at BIGINT  NOT NULL,
    variant       TEXT    NOT NULL,
    delivered_at  BIGINT  NOT NULL,
    PRIMARY KEY (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant)
);
