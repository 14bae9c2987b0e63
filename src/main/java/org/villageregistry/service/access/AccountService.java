package org.villageregistry.service.access;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterKeys;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.PasswordStrength;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationUser;

/**
 * Users, passwords and the recovery key of a workstation. Every password set here must pass
 * {@link PasswordStrength}; every change is an audit entry. Password arrays are wiped afterwards.
 */
public final class AccountService {
    private final RegisterStore store;
    private final RegisterKeys keys;

    public AccountService(RegisterStore store) {
        this.store = store;
        this.keys = store instanceof RegisterKeys k ? k : null;
    }

    /** Passwords, recovery key: only a store that keeps keys (the real one; test fakes may not). */
    private RegisterKeys keys() {
        if (keys == null) {
            throw new IllegalStateException("the store keeps no keys: " + store.getClass().getName());
        }
        return keys;
    }

    /** Adds a user with a role; administrators only. */
    public void addUser(Register register, String name, UserRole role, char[] password) {
        try {
            Permissions.require(register, Permission.MANAGE_USERS);
            requireStrong(password);
            store.addUser(register, name.strip(), role, password);
            register.transactions().write(() ->
                    register.audit().append(AuditAction.USER_ADDED, null, null, "user=" + name.strip()
                            + " role=" + role.code()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Sets the name a user's documents print (制表人, 审核人): 2–20 Chinese characters or letters, as a person's
     * name; empty clears it (the login is printed again). Administrators set anyone's; every user their own.
     */
    public void setDisplayName(Register register, String login, String displayName) {
        String user = login.strip();
        if (!user.equals(register.user().name())) {
            Permissions.require(register, Permission.MANAGE_USERS);
            if (store.users(register).stream().noneMatch(u -> u.name().equals(user))) {
                throw new RegistryException("account.displayName.noSuchUser", user);
            }
        }
        String name = displayName == null ? "" : displayName.strip();
        List<Problem> problems = name.isEmpty() ? List.of() : PersonRules.checkName(name);
        if (!problems.isEmpty()) {
            throw new RegistryException("account.displayName.bad", name, problems.get(0).message());
        }
        register.transactions().write(() -> {
            register.profiles().setDisplayName(user, name);
            register.audit().append(AuditAction.DISPLAY_NAME_SET, null, null, "user=" + user);
            return null;
        });
    }

    /** The name the user's documents print: the display name, or the login when none is set. */
    public static String printedName(Register register, String login) {
        return register.profiles().displayName(login).orElse(login);
    }

    /** The users of this workstation; administrators only. */
    public List<WorkstationUser> users(Register register) {
        Permissions.require(register, Permission.MANAGE_USERS);
        return store.users(register);
    }

    /** Changes the signed-in user's own password (any role): the database key is wrapped anew for it. */
    public void changePassword(Register register, char[] newPassword) {
        try {
            requireStrong(newPassword);
            keys().changePassword(register, newPassword);
            register.transactions().write(() ->
                    register.audit().append(AuditAction.PASSWORD_CHANGED, null, null, null));
        } finally {
            Arrays.fill(newPassword, '\0');
        }
    }

    /**
     * Changes the signed-in user's own password after checking the one they have now (the desktop asks for it: a
     * laptop left signed in must not let anyone set a password). Wipes all three arrays.
     */
    public void changeOwnPassword(Register register, char[] current, char[] newPassword) {
        try {
            keys().checkPassword(register, current);
        } catch (RuntimeException refused) {
            Arrays.fill(newPassword, '\0');
            throw refused;
        } finally {
            Arrays.fill(current, '\0');
        }
        changePassword(register, newPassword);
    }

    /**
     * The signed-in user's password typed again to uncover a window the idle lock covered: refused as a wrong
     * sign-in is (it counts toward the sign-in lock, and is audited); accepted, audited as a sign-in. Wipes it.
     */
    public void checkOwnPassword(Register register, char[] password) {
        try {
            keys().checkPassword(register, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        register.transactions().write(() -> register.audit().append(AuditAction.LOGIN, null, null, null));
    }

    /** Makes a new recovery key and returns its code, to print once; administrators only. */
    public String newRecoveryKey(Register register) {
        Permissions.require(register, Permission.MANAGE_USERS);
        String code = keys().newRecoveryKey(register);
        register.transactions().write(() ->
                register.audit().append(AuditAction.RECOVERY_KEY_MADE, null, null, null));
        return code;
    }

    public boolean hasRecoveryKey(Path home) {
        return keys().hasRecoveryKey(home);
    }

    /**
     * Sets a new password for a user with the recovery key, when every password is forgotten; lifts a lock.
     * Then signs in once with the new password to note it in the audit log.
     */
    public void recover(Path home, String recoveryKey, String user, char[] newPassword) {
        try {
            requireStrong(newPassword);
            keys().recover(home, recoveryKey, user.strip(), newPassword);
            try (Register register = store.open(home, user.strip(), newPassword)) {
                register.transactions().write(() ->
                        register.audit().append(AuditAction.PASSWORD_CHANGED, null, null, "recovery-key"));
            }
        } finally {
            Arrays.fill(newPassword, '\0');
        }
    }

    private static void requireStrong(char[] password) {
        PasswordStrength.refusal(password).ifPresent(why -> {
            throw new RegistryException("access.password.weak", why);
        });
    }
}
