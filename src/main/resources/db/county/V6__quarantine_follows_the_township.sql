-- The county holds back what the township held back (docs/decisions/0038): each quarantined change is kept whole,
-- so that the township's later decision (its conflict resolved) can apply it here without asking again, and the
-- decision is kept when the township keeps the other record (the change stays held, the conflict is no longer open).
alter table quarantine add column change jsonb;
alter table quarantine add column decided_at timestamptz;
