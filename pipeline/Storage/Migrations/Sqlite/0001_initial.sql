-- Results of the nightly pipeline. Every write is a delete-then-insert of one call's rows inside a
-- transaction, so a re-run of the same input leaves the same rows.

CREATE TABLE calls (
    call_id           TEXT    NOT NULL PRIMARY KEY,
    started_at        TEXT    NOT NULL,           -- ISO-8601 with offset, as given
    call_date         TEXT    NOT NULL,           -- yyyy-MM-dd in the call's own offset
    operator_id       TEXT    NOT NULL,
    operator_name     TEXT    NULL,
    team              TEXT    NULL,
    caller_id         TEXT    NULL,
    service_category  TEXT    NULL,
    recording         TEXT    NULL,
    queue_wait_s      REAL    NULL,
    hold_s            REAL    NULL,
    channel_layout    TEXT    NULL,
    transcript_source TEXT    NOT NULL,           -- asr | transcript | none
    role_confidence   REAL    NOT NULL
);
CREATE INDEX ix_calls_call_date ON calls (call_date);
CREATE INDEX ix_calls_operator ON calls (operator_id, call_date);

-- The transcript as stored: personal data masked before it gets here.
CREATE TABLE segments (
    call_id    TEXT    NOT NULL,
    seq        INTEGER NOT NULL,
    speaker    TEXT    NOT NULL,                  -- operator | customer
    start_s    REAL    NOT NULL,
    end_s      REAL    NOT NULL,
    text       TEXT    NOT NULL,
    PRIMARY KEY (call_id, seq)
);

-- One row per call and script version; is_current marks the judgement that export and reports use.
CREATE TABLE call_scores (
    call_id            TEXT    NOT NULL,
    script_version     TEXT    NOT NULL,
    is_current         INTEGER NOT NULL,
    topic              TEXT    NOT NULL,
    resolution         TEXT    NOT NULL,
    verdict            TEXT    NOT NULL,
    overall            REAL    NOT NULL,
    adherence          REAL    NOT NULL,
    speed              REAL    NOT NULL,
    resolution_score   REAL    NOT NULL,
    queue_wait_s       REAL    NULL,
    first_response_s   REAL    NULL,
    mean_response_s    REAL    NULL,
    p95_response_s     REAL    NULL,
    max_silence_s      REAL    NULL,
    dead_air_ratio     REAL    NULL,
    overtalk_ratio     REAL    NULL,
    handle_s           REAL    NULL,
    hold_s             REAL    NULL,
    PRIMARY KEY (call_id, script_version)
);
CREATE INDEX ix_call_scores_current ON call_scores (is_current, call_id);

CREATE TABLE stage_results (
    call_id        TEXT    NOT NULL,
    script_version TEXT    NOT NULL,
    stage_id       TEXT    NOT NULL,
    ordinal        INTEGER NOT NULL,
    done           INTEGER NOT NULL,
    required       INTEGER NOT NULL,
    start_s        REAL    NULL,
    quote          TEXT    NULL,                  -- masked
    PRIMARY KEY (call_id, script_version, stage_id)
);

CREATE TABLE violations (
    call_id        TEXT    NOT NULL,
    script_version TEXT    NOT NULL,
    seq            INTEGER NOT NULL,
    rule           TEXT    NOT NULL,
    critical       INTEGER NOT NULL,
    start_s        REAL    NULL,
    quote          TEXT    NULL,                  -- masked
    PRIMARY KEY (call_id, script_version, seq)
);
CREATE INDEX ix_violations_rule ON violations (rule);

-- Inputs that could not be used, with the reason; keyed so that a re-run overwrites, never adds.
CREATE TABLE quarantine (
    input_dir   TEXT NOT NULL,
    item        TEXT NOT NULL,                    -- call_id, or calls.csv row number when the id is unusable
    reason_code TEXT NOT NULL,
    detail      TEXT NOT NULL,
    PRIMARY KEY (input_dir, item)
);
