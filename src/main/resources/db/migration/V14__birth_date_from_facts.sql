-- The persons born after a day (the home screen's newborns and young children) are found from the persons' facts
-- kept in memory (storage.PersonFacts) and read by id, as a parent's children are (docs/decisions/0030); no other
-- query uses this index (storage.PersonQueryPlansTest). It cost an index row in every person a township's import
-- writes, and its commit.
DROP INDEX person_birth_date;
