package org.villageregistry.service.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.UserRole;

/**
 * Who may do what, checked at the start of every use case that writes or exports, whatever calls it (desktop or
 * command line). The administrator sets the workstation up and may do everything; a registrar keeps the register;
 * a township clerk moves data between village, township and county; an auditor only reads and sees the audit log.
 */
public final class Permissions {
    private static final Map<UserRole, Set<Permission>> ALLOWED = Map.of(
            UserRole.ADMINISTRATOR, EnumSet.allOf(Permission.class),
            UserRole.REGISTRAR, EnumSet.of(Permission.EDIT_REGISTER, Permission.EXPORT_REGISTER, Permission.VIEW_PROTECTED,
                    Permission.PRINT_REPORTS),
            UserRole.TOWNSHIP_CLERK, EnumSet.of(Permission.TOWNSHIP_SYNC, Permission.PRINT_REPORTS,
                    Permission.VIEW_PROTECTED),
            UserRole.AUDITOR, EnumSet.of(Permission.READ_AUDIT));

    private Permissions() {
    }

    /** Whether the role may do it. */
    public static boolean allows(UserRole role, Permission permission) {
        return ALLOWED.get(role).contains(permission);
    }

    /** What the role may do, in order. */
    public static Set<Permission> of(UserRole role) {
        return EnumSet.copyOf(ALLOWED.get(role));
    }

    /**
     * Refuses with a message naming the user's role, what was refused and what the role may do, e.g.
     * "审计员不能登记或修改台账。审计员可以：查看和导出审计日志。".
     */
    public static void require(Register register, Permission permission) {
        require(register.user().role(), permission);
    }

    /** As {@link #require(Register, Permission)} for a role. */
    public static void require(UserRole role, Permission permission) {
        if (!allows(role, permission)) {
            String may = ALLOWED.get(role).stream().map(p -> Messages.get(p.messageKey()))
                    .collect(Collectors.joining(Messages.get("access.listSeparator")));
            throw new RegistryException("access.refused", role.label(), Messages.get(permission.messageKey()),
                    may);
        }
    }
}
