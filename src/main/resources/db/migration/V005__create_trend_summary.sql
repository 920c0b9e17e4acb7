-- Counts of confirmed ratings per framework, dimension, section, month and level: the trends' only source, kept
-- in step with the audits in the transaction that makes an audit final (and rebuildable from the audit tables at
-- any time). A dashboard query reads a few thousand of these rows instead of grouping a million ratings.
--   dimension SECTION:    dim_value '', section = the section rated (or OVERALL), level = the confirmed rating
--   dimension CRITERION:  dim_value = criterion id, section = its section, level = MET/PARTLY_MET/NOT_MET/NOT_APPLICABLE
--   dimension TEAM, CASEWORKER, NEED, PHASE: dim_value = the plan's value ('' when unknown), section and level as
--                         for SECTION
-- Every rating is counted twice: per month (grain 'M', month = that month) and per quarter (grain 'Q', month = the
-- quarter's first month), so a quarterly trend reads its sums as stored instead of grouping months at query time.
-- The primary key is the clustered index and holds every column, so each trend query is a range scan of it in
-- the order it is shown, with no grouping.
CREATE TABLE trend_rating_count (
    framework_id VARCHAR(100) NOT NULL,
    dimension    VARCHAR(12)  NOT NULL,
    grain        CHAR(1)      NOT NULL,
    section      VARCHAR(7)   NOT NULL,
    month        DATE         NOT NULL,
    dim_value    VARCHAR(200) NOT NULL,
    level        VARCHAR(100) NOT NULL,
    n            INT          NOT NULL,
    PRIMARY KEY (framework_id, dimension, grain, section, month, dim_value, level)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
