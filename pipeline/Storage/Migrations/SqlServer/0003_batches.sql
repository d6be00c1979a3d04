-- Batches run by the Hangfire server (qa serve): which calls belong to a batch and which are finished.
-- The last call to finish is detected here, atomically, so exactly one job enqueues aggregation and reports
-- even when several servers share the work.

CREATE TABLE dbo.batches (
    batch_id              NVARCHAR(200)  NOT NULL CONSTRAINT pk_batches PRIMARY KEY,
    input_dir             NVARCHAR(1024) NOT NULL,
    source                NVARCHAR(16)   NOT NULL,
    created_at            NVARCHAR(40)   NOT NULL,
    total_calls           INT            NOT NULL,
    rejected_at_ingest    INT            NOT NULL,
    fanned_out_at         NVARCHAR(40)   NULL,
    completion_claimed_by NVARCHAR(128)  NULL,
    completed_at          NVARCHAR(40)   NULL,
    outputs               NVARCHAR(MAX)  NULL
);

CREATE TABLE dbo.batch_calls (
    batch_id    NVARCHAR(200) NOT NULL,
    call_id     NVARCHAR(128) NOT NULL,
    queue       NVARCHAR(64)  NOT NULL,
    starts      INT           NOT NULL CONSTRAINT df_batch_calls_starts DEFAULT 0,
    finished_at NVARCHAR(40)  NULL,
    outcome     NVARCHAR(16)  NULL,
    reason_code NVARCHAR(64)  NULL,
    call_date   NVARCHAR(10)  NULL,
    finished_by NVARCHAR(200) NULL,
    CONSTRAINT pk_batch_calls PRIMARY KEY (batch_id, call_id)
);
CREATE INDEX ix_batch_calls_unfinished ON dbo.batch_calls (batch_id, finished_at);
