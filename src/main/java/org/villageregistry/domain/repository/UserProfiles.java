package org.villageregistry.domain.repository;

import java.util.Map;
import java.util.Optional;

/** The names users' documents print (制表人, 审核人), by login; a user without one prints the login. */
public interface UserProfiles {
    Optional<String> displayName(String login);

    /** Sets or replaces the user's display name; blank removes it (in the caller's write transaction). */
    void setDisplayName(String login, String displayName);

    /** Every display name there is, by login. */
    Map<String, String> all();
}
