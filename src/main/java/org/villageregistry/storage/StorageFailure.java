package org.villageregistry.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.villageregistry.domain.text.RegistryException;

/** Turns database and file-system failures into messages a registrar can act on. */
final class StorageFailure {
    private StorageFailure() {
    }

    /** The clearest message for a failure while opening or writing the register in {@code home}. */
    static RegistryException explain(Throwable failure, Path folder) {
        String home = folder == null ? "" : folder.toString();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RegistryException r) {
                return r;
            }
            if (t instanceof SQLException sql) {
                RegistryException known = bySqlCode(sql, home);
                if (known != null) {
                    return known;
                }
            }
            if (isDiskFull(t)) {
                return new RegistryException(failure, "storage.error.diskFull", home);
            }
            if (t instanceof AccessDeniedException || isReadOnly(t)) {
                return new RegistryException(failure, "storage.error.readOnly", home);
            }
        }
        if (failure instanceof IOException || failure.getCause() instanceof IOException) {
            return new RegistryException(failure, "storage.error.io", home);
        }
        return new RegistryException(failure, "storage.error.unexpected", home);
    }

    private static RegistryException bySqlCode(SQLException sql, String home) {
        return switch (sql.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new RegistryException(sql, "storage.error.inUse", home);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.FILE_CORRUPTED_1, ErrorCode.WRONG_USER_OR_PASSWORD,
                 ErrorCode.FILE_VERSION_ERROR_1 ->
                    new RegistryException(sql, "storage.error.notOurs", home);
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1 ->
                    new RegistryException(sql, "storage.error.readOnly", home);
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                    new RegistryException(sql, "storage.error.noRegister", home);
            default -> mentionsDiskFull(sql.getMessage())
                    ? new RegistryException(sql, "storage.error.diskFull", home) : null;
        };
    }

    private static boolean isDiskFull(Throwable t) {
        return t instanceof IOException && mentionsDiskFull(t.getMessage());
    }

    private static boolean mentionsDiskFull(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("disk full") || m.contains("not enough space");
    }

    private static boolean isReadOnly(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return t instanceof FileSystemException && (m.contains("read-only") || m.contains("permission denied"));
    }
}
