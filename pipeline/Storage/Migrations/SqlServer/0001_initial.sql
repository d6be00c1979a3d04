-- Results of the nightly pipeline. Every write is a delete-then-insert of one call's rows inside a
-- transaction, so a re-run of the same input leaves the same rows.

CREATE TABLE dbo.calls (
    call_id           NVARCHAR(128)  NOT NULL CONSTRAINT pk_calls PRIMARY KEY,
    started_at        NVARCHAR(40)   NOT NULL,    -- ISO-8601 with offset, as given
    call_date         DATE           NOT NULL,    -- in the call's own offset
    operator_id       NVARCHAR(128)  NOT NULL,
    operator_name     NVARCHAR(256)  NULL,
    team              NVARCHAR(128)  NULL,
    caller_id         NVARCHAR(128)  NULL,
    service_category  NVARCHAR(128)  NULL,
    recording         NVARCHAR(1024) NULL,
    queue_wait_s      FLOAT          NULL,
    hold_s            FLOAT          NULL,
    channel_layout    NVARCHAR(32)   NULL,
    transcript_source NVARCHAR(16)   NOT NULL,
    role_confidence   FLOAT          NOT NULL
);
CREATE INDEX ix_calls_call_date ON dbo.calls (call_date);
CREATE INDEX ix_calls_operator ON dbo.calls (operator_id, call_date);

-- The transcript as stored: personal data masked before it gets here.
CREATE TABLE dbo.segments (
    call_id  NVARCHAR(128) NOT NULL,
    seq      INT           NOT NULL,
    speaker  NVARCHAR(16)  NOT NULL,
    start_s  FLOAT         NOT NULL,
    end_s    FLOAT         NOT NULL,
    text     NVARCHAR(MAX) NOT NULL,
    CONSTRAINT pk_segments PRIMARY KEY (call_id, seq)
);

-- One row per call and script version; is_current marks the judgement that export and reports use.
CREATE TABLE dbo.call_scores (
    call_id          NVARCHAR(128) NOT NULL,
    script_version   NVARCHAR(64)  NOT NULL,
    is_current       BIT           NOT NULL,
    topic            NVARCHAR(64)  NOT NULL,
    resolution       NVARCHAR(32)  NOT NULL,
    verdict          NVARCHAR(16)  NOT NULL,
    overall          FLOAT         NOT NULL,
    adherence        FLOAT         NOT NULL,
    speed            FLOAT         NOT NULL,
    resolution_score FLOAT         NOT NULL,
    queue_wait_s     FLOAT         NULL,
    first_response_s FLOAT         NULL,
    mean_response_s  FLOAT         NULL,
    p95_response_s   FLOAT         NULL,
    max_silence_s    FLOAT         NULL,
    dead_air_ratio   FLOAT         NULL,
    overtalk_ratio   FLOAT         NULL,
    handle_s         FLOAT         NULL,
    hold_s           FLOAT         NULL,
    CONSTRAINT pk_call_scores PRIMARY KEY (call_id, script_version)
);
CREATE INDEX ix_call_scores_current ON dbo.call_scores (is_current, call_id);

CREATE TABLE dbo.stage_results (
    call_id        NVARCHAR(128)  NOT NULL,
    script_version NVARCHAR(64)   NOT NULL,
    stage_id       NVARCHAR(64)   NOT NULL,
    ordinal        INT            NOT NULL,
    done           BIT            NOT NULL,
    required       BIT            NOT NULL,
    start_s        FLOAT          NULL,
    quote          NVARCHAR(2000) NULL,
    CONSTRAINT pk_stage_results PRIMARY KEY (call_id, script_version, stage_id)
);

CREATE TABLE dbo.violations (
    call_id        NVARCHAR(128)  NOT NULL,
    script_version NVARCHAR(64)   NOT NULL,
    seq            INT            NOT NULL,
    [rule]         NVARCHAR(64)   NOT NULL,
    critical       BIT            NOT NULL,
    start_s        FLOAT          NULL,
    quote          NVARCHAR(2000) NULL,
    CONSTRAINT pk_violations PRIMARY KEY (call_id, script_version, seq)
);
CREATE INDEX ix_violations_rule ON dbo.violations ([rule]);

-- Inputs that could not be used, with the reason; keyed so that a re-run overwrites, never adds.
CREATE TABLE dbo.quarantine (
    input_dir   NVARCHAR(450)  NOT NULL,
    item        NVARCHAR(128)  NOT NULL,
    reason_code NVARCHAR(64)   NOT NULL,
    detail      NVARCHAR(2000) NOT NULL,
    CONSTRAINT pk_quarantine PRIMARY KEY (input_dir, item)
);
