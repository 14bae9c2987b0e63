-- The same bytes may come from two townships (one of them wrongly): each upload keeps its own inbox row, so a
-- township that sent a village bundle first cannot make the county refuse the same bundle from its own township.
alter table inbox drop constraint inbox_sha256_key;
create unique index inbox_township_sha256 on inbox (township, sha256);
