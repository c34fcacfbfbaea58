-- AI caches (Answers/Summaries). Neither holds per-chat data.
-- A model-written summary, per talk, language, model and the hash of the text it was written from:
-- a changed abstract or another model simply misses the cache.
CREATE TABLE IF NOT EXISTS summary_cache (
    talk_id       TEXT   NOT NULL,
    language      TEXT   NOT NULL,
    model_id      TEXT   NOT NULL,
    content_hash  TEXT   NOT NULL,
    summary       TEXT   NOT NULL,
    created_at    BIGINT NOT NULL,
    PRIMARY KEY (talk_id, language, model_id, content_hash)
);

-- Talk embeddings by model and content hash, so a restart or an unchanged reload embeds nothing.
-- The vector is little-endian float32, base64-encoded (TEXT keeps the script portable to PostgreSQL).
CREATE TABLE IF NOT EXISTS embedding_cache (
    model_id      TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    dimensions    INTEGER NOT NULL,
    vector        TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    PRIMARY KEY (model_id, content_hash)
);
