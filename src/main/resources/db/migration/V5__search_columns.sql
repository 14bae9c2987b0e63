-- Pinyin spellings of each person's name, worked out when the person is saved, so the search index is built from
-- typed columns instead of parsing every person's JSON and computing pinyin when a register is first searched.
-- Space-separated variants (heteronyms), e.g. "zhanglehui zhangyuehui" / "zlh zyh". Persons saved before this
-- migration keep NULL here and have their pinyin computed when the index is built, until they are saved again.
ALTER TABLE person ADD COLUMN pinyin VARCHAR(1000);
ALTER TABLE person ADD COLUMN initials VARCHAR(200);
