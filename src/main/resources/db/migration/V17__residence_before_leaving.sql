-- Where a person lived (常住, 外出 or 流入) when the death or move-out was recorded: the months before still count
-- the person as then (domain.person.StateOnDay), where the record now says only 死亡 or 迁出. Null for the persons
-- who left before it was kept, whose months count them as living here, as before.
ALTER TABLE person ADD COLUMN residence_before_leaving VARCHAR(16);
ALTER TABLE transferred_person ADD COLUMN residence_before_leaving VARCHAR(16);
