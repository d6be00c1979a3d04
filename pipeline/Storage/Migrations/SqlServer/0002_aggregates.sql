-- Daily aggregates of the current judgements, one row per day and dimension value. The aggregation step
-- deletes and rewrites whole days, so recomputing a day is idempotent. Means come with the number of calls
-- they are over (*_n), so reports can combine days into a period exactly; p95 is over the calls' own p95.
-- dimension: all | operator | team | service_category | topic; dim_key '' when the call did not say.

CREATE TABLE dbo.agg_daily (
    call_date            DATE          NOT NULL,
    dimension            NVARCHAR(32)  NOT NULL,
    dim_key              NVARCHAR(128) NOT NULL,
    dim_label            NVARCHAR(256) NULL,
    parent_key           NVARCHAR(128) NULL,
    calls                INT   NOT NULL,
    overall_mean         FLOAT NOT NULL,
    adherence_mean       FLOAT NOT NULL,
    speed_mean           FLOAT NOT NULL,
    resolution_mean      FLOAT NOT NULL,
    pass_calls           INT   NOT NULL,
    coach_calls          INT   NOT NULL,
    fail_calls           INT   NOT NULL,
    calls_with_critical  INT   NOT NULL,
    critical_violations  INT   NOT NULL,
    violations           INT   NOT NULL,
    response_n           INT   NOT NULL,
    mean_response_s      FLOAT NULL,
    p95_response_s       FLOAT NULL,
    dead_air_n           INT   NOT NULL,
    dead_air_ratio       FLOAT NULL,
    handle_n             INT   NOT NULL,
    aht_s                FLOAT NULL,
    queue_n              INT   NOT NULL,
    asa_s                FLOAT NULL,
    answered_20s         INT   NOT NULL,
    service_level        FLOAT NULL,
    hold_n               INT   NOT NULL,
    hold_s               FLOAT NULL,
    resolved             INT   NOT NULL,
    transferred          INT   NOT NULL,
    callback             INT   NOT NULL,
    unresolved           INT   NOT NULL,
    caller_known_calls   INT   NOT NULL,
    fcr_calls            INT   NOT NULL,
    fcr_rate             FLOAT NULL,
    no_caller_calls      INT   NOT NULL,
    CONSTRAINT pk_agg_daily PRIMARY KEY (call_date, dimension, dim_key)
);

CREATE TABLE dbo.agg_daily_violations (
    call_date  DATE          NOT NULL,
    dimension  NVARCHAR(32)  NOT NULL,
    dim_key    NVARCHAR(128) NOT NULL,
    [rule]     NVARCHAR(64)  NOT NULL,
    critical   BIT           NOT NULL,
    violations INT           NOT NULL,
    calls      INT           NOT NULL,
    CONSTRAINT pk_agg_daily_violations PRIMARY KEY (call_date, dimension, dim_key, [rule])
);

CREATE TABLE dbo.agg_daily_stages (
    call_date      DATE          NOT NULL,
    dimension      NVARCHAR(32)  NOT NULL,
    dim_key        NVARCHAR(128) NOT NULL,
    stage_id       NVARCHAR(64)  NOT NULL,
    required_calls INT           NOT NULL,
    done_calls     INT           NOT NULL,
    CONSTRAINT pk_agg_daily_stages PRIMARY KEY (call_date, dimension, dim_key, stage_id)
);
