-- Township: a bundle queued for the county is kept in its outbox row (VARBINARY) instead of H2's separate LOB store
-- (docs/decisions/0030). Storing a LOB from JDBC goes through a temporary LOB that is removed afterwards; while such a
-- removal waits for a later version of the file, which a township's import (stored together, decision 0029) does not
-- make, H2 tried to hand its clean-up to its one-thread executor after every statement and built a refused-task
-- exception each time (7 % of the importing thread). A bundle is read and written whole, so nothing is lost.
ALTER TABLE sync_outbox ALTER COLUMN content SET DATA TYPE VARBINARY(1000000000);
