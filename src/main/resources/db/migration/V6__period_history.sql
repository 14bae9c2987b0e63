-- What a past period's figures need that the current state of a person does not say.

-- 初婚日期 as a typed column: a woman married now was not married in a month before her first marriage.
ALTER TABLE person ADD COLUMN first_married_on DATE;
UPDATE person SET first_married_on = CAST(REGEXP_SUBSTR(state, '"firstMarriageDate":"([0-9]{4}-[0-9]{2}-[0-9]{2})"',
    1, 1, NULL, 1) AS DATE) WHERE state LIKE '%"firstMarriageDate":"%';

-- Township only: the last record a village sent of a person who then transferred to another village of the
-- township. The person table holds the new village's record; this one keeps the old village's history, so the
-- periods before the move still count the person in the village they lived in then.
CREATE TABLE transferred_person (
    id               UUID NOT NULL,
    owner            VARCHAR(12) NOT NULL,
    version          BIGINT NOT NULL,
    voided           BOOLEAN NOT NULL,
    sex              VARCHAR(16),
    birth_date       DATE,
    residence        VARCHAR(16),
    marital          VARCHAR(16),
    first_married_on DATE,
    entered_on       DATE,
    left_on          DATE,
    state            CLOB NOT NULL,
    PRIMARY KEY (id, owner)
);
CREATE INDEX transferred_person_owner ON transferred_person(owner);
