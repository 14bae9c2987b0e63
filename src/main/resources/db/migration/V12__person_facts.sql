-- What the month's statistics count of a person, as typed columns: with these, every data-quality count is taken
-- from the columns (kept in memory, storage.PersonFacts) and no person's JSON is read. Persons saved before this
-- migration get theirs from their JSON state (enum names, as Jackson writes them).
ALTER TABLE person ADD COLUMN ethnicity VARCHAR(32);
ALTER TABLE person ADD COLUMN hukou_type VARCHAR(32);
UPDATE person SET ethnicity = REGEXP_SUBSTR(state, '"ethnicity":"([A-Z_]+)"', 1, 1, NULL, 1),
    hukou_type = REGEXP_SUBSTR(state, '"hukouType":"([A-Z_]+)"', 1, 1, NULL, 1)
    WHERE state LIKE '%"ethnicity":"%' OR state LIKE '%"hukouType":"%';

-- Records changed since the township last acknowledged (a village's "not acknowledged" count): counted from this
-- index alone, without reading the change log's rows (their states).
CREATE INDEX change_log_pending ON change_log(origin, change_id, entity_id);

-- The month's benefit figures: the month's payments found by date instead of reading every payment, and the
-- enrolments counted from an index that holds every column the count reads.
CREATE INDEX payment_paid_on ON payment(paid_on);
CREATE INDEX enrolment_counted ON enrolment(owner, programme_id, person_id, from_date, to_date, voided);
