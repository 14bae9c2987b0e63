-- Where a person lived (常住, 外出 or 流入) when the death or move-out was recorded: the months before still count
-- the person as then (domain.person.StateOnDay), where the record now says only 死亡 or 迁出. Null for the persons
-- who left before it was kept, whose months count them as living here, as before. (IF NOT EXISTS: tests that take a
-- register back to an older schema run the later migrations again.)
ALTER TABLE person ADD COLUMN IF NOT EXISTS residence_before_leaving VARCHAR(16);
ALTER TABLE transferred_person ADD COLUMN IF NOT EXISTS residence_before_leaving VARCHAR(16);
