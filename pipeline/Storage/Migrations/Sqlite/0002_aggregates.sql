-- Daily aggregates of the current judgements, one row per day and dimension value. The aggregation step
-- deletes and rewrites whole days, so recomputing a day is idempotent. Means come with the number of calls
-- they are over (*_n), so reports can combine days into a period exactly; p95 is over the calls' own p95.
-- dimension: all | operator | team | service_category | topic; dim_key '' when the call did not say.

CREATE TABLE agg_daily (
    call_date            TEXT    NOT NULL,
    dimension            TEXT    NOT NULL,
    dim_key              TEXT    NOT NULL,
    dim_label            TEXT    NULL,              -- operator name for dimension operator
    parent_key           TEXT    NULL,              -- the operator's team for dimension operator
    calls                INTEGER NOT NULL,
    overall_mean         REAL    NOT NULL,
    adherence_mean       REAL    NOT NULL,
    speed_mean           REAL    NOT NULL,
    resolution_mean      REAL    NOT NULL,
    pass_calls           INTEGER NOT NULL,
    coach_calls          INTEGER NOT NULL,
    fail_calls           INTEGER NOT NULL,
    calls_with_critical  INTEGER NOT NULL,
    critical_violations  INTEGER NOT NULL,
    violations           INTEGER NOT NULL,
    response_n           INTEGER NOT NULL,
    mean_response_s      REAL    NULL,
    p95_response_s       REAL    NULL,
    dead_air_n           INTEGER NOT NULL,
    dead_air_ratio       REAL    NULL,
    handle_n             INTEGER NOT NULL,
    aht_s                REAL    NULL,
    queue_n              INTEGER NOT NULL,
    asa_s                REAL    NULL,
    answered_20s         INTEGER NOT NULL,
    service_level        REAL    NULL,
    hold_n               INTEGER NOT NULL,
    hold_s               REAL    NULL,
    resolved             INTEGER NOT NULL,
    transferred          INTEGER NOT NULL,
    callback             INTEGER NOT NULL,
    unresolved           INTEGER NOT NULL,
    caller_known_calls   INTEGER NOT NULL,
    fcr_calls            INTEGER NOT NULL,
    fcr_rate             REAL    NULL,
    no_caller_calls      INTEGER NOT NULL,
    PRIMARY KEY (call_date, dimension, dim_key)
);

-- Violations by rule: how many, and in how many calls.
CREATE TABLE agg_daily_violations (
    call_date  TEXT    NOT NULL,
    dimension  TEXT    NOT NULL,
    dim_key    TEXT    NOT NULL,
    [rule]     TEXT    NOT NULL,
    critical   INTEGER NOT NULL,
    violations INTEGER NOT NULL,
    calls      INTEGER NOT NULL,
    PRIMARY KEY (call_date, dimension, dim_key, [rule])
);

-- Script stages: in how many calls the stage was required, and in how many of those it was done.
CREATE TABLE agg_daily_stages (
    call_date      TEXT    NOT NULL,
    dimension      TEXT    NOT NULL,
    dim_key        TEXT    NOT NULL,
    stage_id       TEXT    NOT NULL,
    required_calls INTEGER NOT NULL,
    done_calls     INTEGER NOT NULL,
    PRIMARY KEY (call_date, dimension, dim_key, stage_id)
);
