package org.villageregistry.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.repository.UserProfiles;

/** Display names in the encrypted database ({@code user_profile}, V7). */
final class JdbcUserProfiles implements UserProfiles {
    private final JdbcTransactions tx;

    JdbcUserProfiles(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> displayName(String login) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT display_name FROM user_profile WHERE login = ?",
                r -> r.getString(1), login).stream().findFirst());
    }

    @Override
    public void setDisplayName(String login, String displayName) {
        tx.write(() -> displayName == null || displayName.isBlank()
                ? Sql.update(tx.connection(), "DELETE FROM user_profile WHERE login = ?", login)
                : Sql.update(tx.connection(), "MERGE INTO user_profile (login, display_name) KEY (login) VALUES (?, ?)",
                        login, displayName));
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        tx.read(() -> Sql.list(tx.connection(), "SELECT login, display_name FROM user_profile ORDER BY login",
                r -> out.put(r.getString(1), r.getString(2))));
        return out;
    }
}
