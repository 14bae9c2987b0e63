-- Township: sample verifications (抽样核查, DOMAIN.md "Monitoring"). The sample keeps the members of each drawn
-- household as the register held them at the draw, so the sheet and the rates stay what the team checked. The
-- township's own tables: nothing here travels in a bundle, corrections reach a village as feedback.
CREATE TABLE verification (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    township                VARCHAR(12) NOT NULL,
    villages                VARCHAR(4000) NOT NULL,
    households_per_village  INT NOT NULL,
    seed                    BIGINT NOT NULL,
    newborns                BOOLEAN NOT NULL,
    drawn_at                VARCHAR(40) NOT NULL,
    drawn_on                DATE NOT NULL,
    drawn_by                VARCHAR(64) NOT NULL
);

CREATE TABLE verification_household (
    verification_id   BIGINT NOT NULL REFERENCES verification(id),
    number            INT NOT NULL,
    village           VARCHAR(12) NOT NULL,
    household_id      UUID NOT NULL,
    household_number  VARCHAR(20),
    head_name         VARCHAR(100),
    PRIMARY KEY (verification_id, number)
);

CREATE TABLE verification_person (
    verification_id  BIGINT NOT NULL REFERENCES verification(id),
    number           INT NOT NULL,
    household        INT NOT NULL,
    person_id        UUID NOT NULL,
    village          VARCHAR(12) NOT NULL,
    name             VARCHAR(100),
    sex              VARCHAR(16),
    birth_date       DATE,
    id_number        VARCHAR(18),
    ethnicity        VARCHAR(32),
    relation         VARCHAR(32),
    marital          VARCHAR(32),
    residence        VARCHAR(32),
    outcome          VARCHAR(16),
    PRIMARY KEY (verification_id, number)
);

CREATE TABLE verification_correction (
    verification_id  BIGINT NOT NULL REFERENCES verification(id),
    person           INT NOT NULL,
    field            VARCHAR(24) NOT NULL,
    found_value      VARCHAR(200) NOT NULL,
    PRIMARY KEY (verification_id, person, field)
);

CREATE TABLE verification_newborn (
    verification_id  BIGINT NOT NULL REFERENCES verification(id),
    number           INT NOT NULL,
    village          VARCHAR(12) NOT NULL,
    child_name       VARCHAR(100),
    sex              VARCHAR(16),
    born_on          DATE NOT NULL,
    mother_name      VARCHAR(100),
    source           VARCHAR(40),
    recorded         BOOLEAN NOT NULL,
    found            BOOLEAN,
    PRIMARY KEY (verification_id, number)
);

CREATE TABLE verification_found (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    verification_id  BIGINT NOT NULL REFERENCES verification(id),
    household        INT NOT NULL,
    kind             VARCHAR(24) NOT NULL,
    name             VARCHAR(100) NOT NULL,
    sex              VARCHAR(16),
    birth_date       DATE,
    married          BOOLEAN NOT NULL
);
