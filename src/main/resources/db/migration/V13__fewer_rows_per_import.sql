-- Township: the received history without an index row per record (docs/decisions/0024). Each batch keeps the ids of
-- the records it holds in its own row, and a record's history is read from the batches of the village that sent
-- it (found by origin), inflating only those that hold it. The index rows of V11 (one per record per batch, as many
-- as the person rows an import writes) are moved into their batches and dropped.
ALTER TABLE sync_received_batch ADD COLUMN entities UUID ARRAY[65536];
-- the index rows' key starts with the record: found by batch through this index (dropped with its table below)
CREATE INDEX sync_received_entity_batch ON sync_received_entity(batch_id);
UPDATE sync_received_batch b SET entities = (SELECT ARRAY_AGG(e.entity_id) FROM sync_received_entity e
    WHERE e.batch_id = b.batch_id);
UPDATE sync_received_batch SET entities = ARRAY[] WHERE entities IS NULL;
ALTER TABLE sync_received_batch ALTER COLUMN entities SET NOT NULL;
CREATE INDEX sync_received_batch_origin ON sync_received_batch(origin);
DROP TABLE sync_received_entity;

-- No query reads persons by village any more: the counts by village read the persons' facts in memory
-- (storage.PersonFacts, docs/decisions/0022), and every other query on person goes by id, ID number, household,
-- parent or birth date. The index cost a row in every person insert.
DROP INDEX person_owner;

-- The township gives each batch its id (the last one's plus one, in the import's one write transaction): H2 stores
-- every page the transaction has dirtied whenever an identity's cache of 32 values runs out.
ALTER TABLE sync_received_batch ALTER COLUMN batch_id DROP IDENTITY;

-- Nor does any query use person_mother or person_father: the one that asks for a parent's children (mother OR father)
-- reads the whole table in birth-date order, as H2 planned it before (EXPLAIN, storage.PersonQueryPlansTest).
DROP INDEX person_mother;
DROP INDEX person_father;
