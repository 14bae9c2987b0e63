-- The register of one workstation. Each record table keeps typed columns for queries and the whole record as
-- JSON in "state"; repositories read records from "state" only.

CREATE TABLE workstation (
    id            INT PRIMARY KEY,
    workstation_id UUID NOT NULL,
    role          VARCHAR(16) NOT NULL,
    division      VARCHAR(12) NOT NULL,
    division_name VARCHAR(200) NOT NULL,
    created_at    VARCHAR(40) NOT NULL
);

CREATE TABLE division (
    code VARCHAR(12) PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE change_log (
    change_id    BIGINT PRIMARY KEY,
    origin       VARCHAR(12) NOT NULL,
    entity_type  VARCHAR(32) NOT NULL,
    entity_id    UUID NOT NULL,
    base_version BIGINT NOT NULL,
    version      BIGINT NOT NULL,
    op           VARCHAR(8) NOT NULL,
    state        CLOB NOT NULL,
    author       VARCHAR(100) NOT NULL,
    at           VARCHAR(40) NOT NULL,
    prev         VARCHAR(64),
    hash         VARCHAR(64) NOT NULL
);
CREATE INDEX change_log_entity ON change_log(entity_id);

CREATE TABLE household (
    id         UUID PRIMARY KEY,
    version    BIGINT NOT NULL,
    owner      VARCHAR(12) NOT NULL,
    voided     BOOLEAN NOT NULL,
    number     VARCHAR(20) NOT NULL,
    head_id    UUID,
    created_on DATE,
    closed_on  DATE,
    state      CLOB NOT NULL
);
CREATE INDEX household_owner_number ON household(owner, number);

CREATE TABLE person (
    id           UUID PRIMARY KEY,
    version      BIGINT NOT NULL,
    owner        VARCHAR(12) NOT NULL,
    voided       BOOLEAN NOT NULL,
    name         VARCHAR(100) NOT NULL,
    sex          VARCHAR(16),
    birth_date   DATE,
    id_number    VARCHAR(18),
    residence    VARCHAR(16),
    marital      VARCHAR(16),
    household_id UUID,
    relation     VARCHAR(4),
    mother_id    UUID,
    father_id    UUID,
    entered_on   DATE,
    left_on      DATE,
    state        CLOB NOT NULL
);
CREATE INDEX person_owner ON person(owner);
CREATE INDEX person_id_number ON person(id_number);
CREATE INDEX person_household ON person(household_id);
CREATE INDEX person_mother ON person(mother_id);
CREATE INDEX person_father ON person(father_id);
CREATE INDEX person_birth_date ON person(birth_date);

CREATE TABLE birth (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    owner       VARCHAR(12) NOT NULL,
    voided      BOOLEAN NOT NULL,
    child_id    UUID,
    mother_id   UUID,
    father_id   UUID,
    born_on     DATE,
    sex         VARCHAR(16),
    birth_order INT,
    recorded_on DATE,
    state       CLOB NOT NULL
);
CREATE INDEX birth_mother ON birth(mother_id);
CREATE INDEX birth_child ON birth(child_id);
CREATE INDEX birth_born_on ON birth(born_on);

CREATE TABLE death (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    owner       VARCHAR(12) NOT NULL,
    voided      BOOLEAN NOT NULL,
    person_id   UUID,
    death_date  DATE,
    recorded_on DATE,
    state       CLOB NOT NULL
);
CREATE INDEX death_person ON death(person_id);
CREATE INDEX death_date_index ON death(death_date);

CREATE TABLE marriage (
    id            UUID PRIMARY KEY,
    version       BIGINT NOT NULL,
    owner         VARCHAR(12) NOT NULL,
    voided        BOOLEAN NOT NULL,
    kind          VARCHAR(16),
    husband_id    UUID,
    wife_id       UUID,
    marriage_date DATE,
    state         CLOB NOT NULL
);
CREATE INDEX marriage_husband ON marriage(husband_id);
CREATE INDEX marriage_wife ON marriage(wife_id);
CREATE INDEX marriage_date_index ON marriage(marriage_date);

CREATE TABLE move (
    id           UUID PRIMARY KEY,
    version      BIGINT NOT NULL,
    owner        VARCHAR(12) NOT NULL,
    voided       BOOLEAN NOT NULL,
    kind         VARCHAR(16),
    household_id UUID,
    move_date    DATE,
    person_count INT NOT NULL,
    state        CLOB NOT NULL
);
CREATE INDEX move_date_index ON move(move_date);

CREATE TABLE move_person (
    move_id   UUID NOT NULL,
    person_id UUID NOT NULL,
    PRIMARY KEY (move_id, person_id)
);
CREATE INDEX move_person_person ON move_person(person_id);

CREATE TABLE birth_registration (
    id                  UUID PRIMARY KEY,
    version             BIGINT NOT NULL,
    owner               VARCHAR(12) NOT NULL,
    voided              BOOLEAN NOT NULL,
    wife_id             UUID,
    husband_id          UUID,
    registration_number VARCHAR(60),
    registered_on       DATE,
    state               CLOB NOT NULL
);
CREATE INDEX birth_registration_wife ON birth_registration(wife_id);
CREATE INDEX birth_registration_husband ON birth_registration(husband_id);
CREATE INDEX birth_registration_number ON birth_registration(registration_number);

CREATE TABLE pregnancy (
    id                UUID PRIMARY KEY,
    version           BIGINT NOT NULL,
    owner             VARCHAR(12) NOT NULL,
    voided            BOOLEAN NOT NULL,
    woman_id          UUID,
    expected_delivery DATE,
    outcome           VARCHAR(16),
    outcome_date      DATE,
    state             CLOB NOT NULL
);
CREATE INDEX pregnancy_woman ON pregnancy(woman_id);

CREATE TABLE service_visit (
    id           UUID PRIMARY KEY,
    version      BIGINT NOT NULL,
    owner        VARCHAR(12) NOT NULL,
    voided       BOOLEAN NOT NULL,
    person_id    UUID,
    pregnancy_id UUID,
    visit_date   DATE,
    visit_type   VARCHAR(32),
    next_due     DATE,
    state        CLOB NOT NULL
);
CREATE INDEX service_visit_person ON service_visit(person_id);
CREATE INDEX service_visit_date ON service_visit(visit_date);

CREATE TABLE programme (
    id      UUID PRIMARY KEY,
    version BIGINT NOT NULL,
    owner   VARCHAR(12) NOT NULL,
    voided  BOOLEAN NOT NULL,
    code    VARCHAR(60),
    state   CLOB NOT NULL
);
CREATE INDEX programme_code ON programme(code);

CREATE TABLE enrolment (
    id           UUID PRIMARY KEY,
    version      BIGINT NOT NULL,
    owner        VARCHAR(12) NOT NULL,
    voided       BOOLEAN NOT NULL,
    person_id    UUID,
    programme_id UUID,
    child_id     UUID,
    from_date    DATE,
    to_date      DATE,
    state        CLOB NOT NULL
);
CREATE INDEX enrolment_person ON enrolment(person_id);
CREATE INDEX enrolment_programme ON enrolment(programme_id);

CREATE TABLE payment (
    id           UUID PRIMARY KEY,
    version      BIGINT NOT NULL,
    owner        VARCHAR(12) NOT NULL,
    voided       BOOLEAN NOT NULL,
    enrolment_id UUID,
    period       VARCHAR(7),
    paid_on      DATE,
    amount_fen   BIGINT,
    state        CLOB NOT NULL
);
CREATE INDEX payment_enrolment ON payment(enrolment_id);
CREATE INDEX payment_period ON payment(period);
