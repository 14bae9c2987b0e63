package org.villageregistry.service.archfixture;

import java.sql.Connection;

/** Breaks "only storage touches the database" on purpose. */
public class ServiceUsingJdbc {
    public boolean isOpen(Connection connection) throws Exception {
        return !connection.isClosed();
    }
}
