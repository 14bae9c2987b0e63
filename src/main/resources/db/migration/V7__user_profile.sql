-- The name a user's documents print (制表人, 审核人): a person's name, not the login. Kept in the encrypted
-- database, not in keys.json (which holds only logins, roles and wrapped keys).
CREATE TABLE user_profile (
    login         VARCHAR(64) PRIMARY KEY,
    display_name  VARCHAR(40) NOT NULL
);
