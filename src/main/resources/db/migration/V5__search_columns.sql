-- Pinyin spellings of each person's name, worked out when the person is saved, so the search index is built from
-- typed columns instead of parsing every person's JSON and computing pinyin when a register is first searched.
-- Space-separated variants (heteronyms), e.g. "zhanglehui zhangyuehui" / "zlh zyh". Persons saved before this
-- migration keep NULL here and have their pinyin computed when the index is built, until they are saved again.
ALTER TABLE person ADD COLUMN pinyin VARCHAR(1000);
ALTER TABLE person ADD COLUMN initials VARCHAR(200);

-- The change log's state is read whole whenever it is read (verification, bundles), so it is kept in the row
-- instead of H2's separate LOB storage: saving a record then writes one LOB (the record's state) instead of two,
-- which was most of the time a bulk load spent inside H2.
ALTER TABLE change_log ALTER COLUMN state SET DATA TYPE CHARACTER VARYING(1000000);
