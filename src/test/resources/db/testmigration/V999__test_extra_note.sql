-- A later migration used only by the test that checks the backup made before migrating; numbered far above
-- the real migrations (V2 sync, V3 audit, V4 lists, V5 search columns …) so it always comes last.
CREATE TABLE test_note (id INT PRIMARY KEY, note VARCHAR(100));
