-- Plan lists on pages (web/PlanPagesController via plan/PlanListing): newest first, filter choices
-- by team and primary need, without scanning every plan on each page view.
CREATE INDEX ix_plan_team ON plan (team);
CREATE INDEX ix_plan_version_need ON plan_version (primary_need);
CREATE INDEX ix_plan_version_ingested ON plan_version (ingested_at);
