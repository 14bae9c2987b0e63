-- Village: the last bundle written (its number, its last change, when, whether a snapshot), so an export that sends
-- again changes that a bundle not acknowledged yet already carries says so (docs/decisions/0049).
-- (IF NOT EXISTS: tests that take a register back to an older schema run the later migrations again.)
ALTER TABLE sync_village ADD COLUMN IF NOT EXISTS last_export_sequence BIGINT;
ALTER TABLE sync_village ADD COLUMN IF NOT EXISTS last_export_to BIGINT;
ALTER TABLE sync_village ADD COLUMN IF NOT EXISTS last_export_at VARCHAR(40);
ALTER TABLE sync_village ADD COLUMN IF NOT EXISTS last_export_snapshot BOOLEAN;
