-- Batches run by the Hangfire server (qa serve): which calls belong to a batch and which are finished.
-- The last call to finish is detected here, atomically, so exactly one job enqueues aggregation and reports
-- even when several servers share the work.

CREATE TABLE batches (
    batch_id              TEXT    NOT NULL PRIMARY KEY,  -- inbox-<folder> for nightly runs, manual-… for qa enqueue
    input_dir             TEXT    NOT NULL,
    source                TEXT    NOT NULL,              -- nightly | manual
    created_at            TEXT    NOT NULL,              -- ISO-8601 UTC
    total_calls           INTEGER NOT NULL,
    rejected_at_ingest    INTEGER NOT NULL,
    fanned_out_at         TEXT    NULL,                  -- every call job enqueued; null after a fan-out that died half-way
    completion_claimed_by TEXT    NULL,                  -- the call (or 'start') whose finish claimed the completion job
    completed_at          TEXT    NULL,
    outputs               TEXT    NULL                   -- report paths, one a line
);
CREATE INDEX ix_batches_input_dir ON batches (input_dir);

CREATE TABLE batch_calls (
    batch_id    TEXT NOT NULL,
    call_id     TEXT NOT NULL,
    queue       TEXT NOT NULL,
    starts      INTEGER NOT NULL DEFAULT 0,          -- times a call job began: counts starts that crashed the server too
    finished_at TEXT NULL,                               -- null while the call job has not finished
    outcome     TEXT NULL,                               -- scored | quarantined
    reason_code TEXT NULL,                               -- quarantine reason
    call_date   TEXT NULL,                               -- yyyy-MM-dd of a scored call: the dates completion aggregates
    finished_by TEXT NULL,                               -- Hangfire server id that finished it
    PRIMARY KEY (batch_id, call_id)
);
CREATE INDEX ix_batch_calls_unfinished ON batch_calls (batch_id, finished_at);
