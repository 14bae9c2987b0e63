-- A person's lookups by ID number and by household (a new person's ID-number check, the persons of a bundle sharing
-- an ID number, a household's members) come from the persons' facts kept in memory (storage.PersonFacts), with a
-- write's own saved persons in place of their committed facts, and the rows are read by id (docs/decisions/0031);
-- no other query uses these indexes (storage.PersonQueryPlansTest). Each cost an index row in every person a
-- township's import writes, and its commit.
DROP INDEX person_id_number;
DROP INDEX person_household;
