-- Plans overdue for annual review are read in issue-date order (trend/TrendService.overdueReviews): this index
-- lets that list walk versions oldest first and stop at a page, instead of sorting every plan.
CREATE INDEX ix_plan_version_issue_date ON plan_version (issue_date, plan_id);
-- The overdue count asks which versions are current: answered from this index without reading plan rows.
CREATE INDEX ix_plan_current_version ON plan (current_version_id);
