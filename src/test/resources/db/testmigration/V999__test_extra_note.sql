-- A later migration used only by the test that checks the backup made before migrating.
CREATE TABLE test_note (id INT PRIMARY KEY, note VARCHAR(100));
