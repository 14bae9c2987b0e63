package org.villageregistry.ui.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.PasswordStrength;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationUser;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.session.Session;
import org.villageregistry.service.access.BackupSchedule;
import org.villageregistry.service.access.BackupService;
import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.AppVersion;
import org.villageregistry.ui.common.FailureText;

/**
 * 设置: language and idle lock for this workstation, the users who may open the register (administrators
 * only), an encrypted backup onto a USB stick (roles that may back up), and the facts of the workstation.
 * Changed settings are saved to {@link DesktopSettings#FILE} and
 * handed to the window, which rebuilds itself in the new language.
 */
public final class SettingsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final Register register;
    private final Session session;
    private final Path home;
    private final TaskExecutor executor;
    private final Consumer<DesktopSettings> onChanged;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final IntegerProperty idleLockMinutes = new SimpleIntegerProperty();
    private final StringProperty displayName = new SimpleStringProperty("");
    private String savedDisplayName;
    private final ReadOnlyStringWrapper settingsMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper settingsError = new ReadOnlyStringWrapper("");
    private final ObservableList<WorkstationUser> users = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a fresh wrapper would be dropped with it. */
    private final ObservableList<WorkstationUser> usersView = FXCollections.unmodifiableObservableList(users);
    private final StringProperty newUserName = new SimpleStringProperty("");
    private final ObjectProperty<UserRole> newUserRole = new SimpleObjectProperty<>(UserRole.REGISTRAR);
    private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper backupMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backupError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper backingUp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changingPassword = new ReadOnlyBooleanWrapper();

    /** @param onChanged receives saved settings, on the UI thread */
    public SettingsViewModel(Session session, Path home, DesktopSettings settings,
                             TaskExecutor executor, Consumer<DesktopSettings> onChanged) {
        this.session = Objects.requireNonNull(session);
        this.register = session.register();
        this.home = Objects.requireNonNull(home);
        this.executor = Objects.requireNonNull(executor);
        this.onChanged = Objects.requireNonNull(onChanged);
        language.set(settings.language());
        idleLockMinutes.set(settings.idleLockMinutes());
        displayName.set(register.profiles().displayName(register.user().name()).orElse(""));
        savedDisplayName = displayName.get();
        newUserRole.set(township() ? UserRole.TOWNSHIP_CLERK : UserRole.REGISTRAR);
    }

    private boolean township() {
        return register.workstation().role() == org.villageregistry.domain.workstation.WorkstationRole.TOWNSHIP;
    }

    /** The name the signed-in user's documents print (制表人); empty prints the login. */
    public StringProperty displayNameProperty() {
        return displayName;
    }

    public List<Locale> languages() {
        return List.of(Messages.CHINESE, Messages.ENGLISH);
    }

    /** A language in its own words: "中文", "English". */
    public static String languageName(Locale locale) {
        return Messages.get(locale, "settings.language.self");
    }

    /**
     * Saves language, idle lock and the name on documents; refuses minutes outside 1–240 or a bad name with the
     * reason in {@link #settingsErrorProperty()}. When saved, {@link #settingsMessageProperty()} says what.
     */
    public boolean saveSettings() {
        settingsMessage.set("");
        settingsError.set("");
        int minutes = idleLockMinutes.get();
        if (minutes < DesktopSettings.MIN_IDLE_MINUTES || minutes > DesktopSettings.MAX_IDLE_MINUTES) {
            settingsError.set(Messages.get("settings.idle.range", DesktopSettings.MIN_IDLE_MINUTES,
                    DesktopSettings.MAX_IDLE_MINUTES));
            return false;
        }
        String name = displayName.get() == null ? "" : displayName.get().strip();
        if (!name.equals(savedDisplayName)) {
            try {
                session.accounts().setDisplayName(register, register.user().name(), name);
                savedDisplayName = name;
            } catch (RegistryException refused) {
                settingsError.set(refused.getMessage());
                return false;
            }
        }
        DesktopSettings chosen = new DesktopSettings(language.get(), minutes);
        executor.execute(BackgroundTask.<DesktopSettings>of(progress -> {
            chosen.save(home);
            return chosen;
        }).onSuccess(saved -> {
            showSaved(saved.language());
            onChanged.accept(saved);
        }).onFailure(failure -> {
            LOG.error("Saving the desktop settings failed", failure);
            settingsError.set(Messages.get("settings.saveFailed", home.resolve(DesktopSettings.FILE)));
        }));
        return true;
    }

    /**
     * Says what was saved, in the language just chosen: the window rebuilds its screens after a save, and the
     * rebuilt settings screen calls this so the registrar still sees that the save went through.
     */
    public void showSaved(Locale in) {
        settingsError.set("");
        settingsMessage.set(Messages.get(in, savedDisplayName.isEmpty() ? "settings.saved.login" : "settings.saved",
                languageName(language.get()), idleLockMinutes.get(),
                savedDisplayName.isEmpty() ? signedInUser() : savedDisplayName));
    }

    /** The login of the signed-in user (the display name's hint: what documents print without one). */
    public String signedInUser() {
        return register.user().name();
    }

    public boolean isAdministrator() {
        return register.user().role() == UserRole.ADMINISTRATOR;
    }

    /** Loads the user list (administrators only; others see none). */
    public void loadUsers() {
        if (!isAdministrator()) {
            return;
        }
        executor.execute(BackgroundTask.of(progress -> session.accounts().users(register))
                .onSuccess(users::setAll)
                .onFailure(this::userFailed));
    }

    /**
     * Adds a user with the name and role typed and this password. Takes ownership of both arrays and wipes
     * them when done. Returns false (with a message) when something is missing or the password is too weak.
     */
    public boolean addUser(char[] password, char[] confirmation) {
        String name = newUserName.get() == null ? "" : newUserName.get().strip();
        Optional<String> refusal = refusal(name, password, confirmation);
        Arrays.fill(confirmation, '\0');
        userMessage.set("");
        if (refusal.isPresent()) {
            Arrays.fill(password, '\0');
            userError.set(refusal.get());
            return false;
        }
        UserRole role = newUserRole.get();
        userError.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> {
            AccountService accounts = session.accounts();
            accounts.addUser(register, name, role, password);
            return accounts.users(register);
        }).onSuccess(list -> {
            users.setAll(list);
            newUserName.set("");
            userMessage.set(Messages.get("settings.users.added", name, role.label()));
        }).onFailure(this::userFailed).onFinished(() -> {
            Arrays.fill(password, '\0');
            busy.set(false);
        }));
        return true;
    }

    /**
     * 修改我的密码: checks the password typed as the current one and sets the new one (typed twice) for the signed-in
     * user, off the UI thread (each check of a password takes a moment on purpose). Takes ownership of the three
     * arrays and wipes them. Returns false (with the reason) when the new one is weak, or typed differently twice.
     */
    public boolean changePassword(char[] current, char[] typed, char[] again) {
        passwordMessage.set("");
        Optional<String> refusal = current.length == 0 ? Optional.of(Messages.get("settings.password.currentMissing"))
                : PasswordStrength.refusal(typed)
                        .or(() -> Arrays.equals(typed, again) ? Optional.empty()
                                : Optional.of(Messages.get("rule.password.mismatch")));
        Arrays.fill(again, '\0');
        if (refusal.isPresent() || changingPassword.get()) {
            Arrays.fill(current, '\0');
            Arrays.fill(typed, '\0');
            refusal.ifPresent(passwordError::set);
            return false;
        }
        passwordError.set("");
        changingPassword.set(true);
        executor.execute(BackgroundTask.<Void>of(progress -> {
            session.accounts().changeOwnPassword(register, current, typed);
            return null;
        }).onSuccess(done -> passwordMessage.set(Messages.get("settings.password.changed")))
                .onFailure(failure -> passwordError.set(failure instanceof RegistryException known
                        ? known.getMessage() : FailureText.of(failure, LOG, "Changing the password")))
                .onFinished(() -> {
                    Arrays.fill(current, '\0');
                    Arrays.fill(typed, '\0');
                    changingPassword.set(false);
                }));
        return true;
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordMessageProperty() {
        return passwordMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changingPasswordProperty() {
        return changingPassword.getReadOnlyProperty();
    }

    /** Whether the signed-in user's role may make backups (the button is shown only then). */
    public boolean mayBackUp() {
        return Permissions.allows(register.user().role(), Permission.BACKUP);
    }

    /** What the automatic backups on this computer take: how many, how many MB, and how they are kept. */
    public String automaticBackups() {
        BackupService.Usage usage = session.backups().automaticUsage(home);
        return Messages.get("settings.backup.automatic", usage.count(),
                String.format(Locale.ROOT, "%.1f", usage.bytes() / 1_048_576.0), BackupSchedule.DAYS,
                BackupSchedule.WEEKS, BackupSchedule.MONTHS, BackupSchedule.SIZE_FACTOR);
    }

    /**
     * 备份到U盘: writes an encrypted backup into the folder in the background and says which file it wrote, or
     * why it could not (a folder that cannot be written, a stick pulled out). Returns false when one is running.
     */
    public boolean backUp(Path folder) {
        Objects.requireNonNull(folder);
        if (backingUp.get()) {
            return false;
        }
        backingUp.set(true);
        backupMessage.set("");
        backupError.set("");
        executor.execute(BackgroundTask.of(progress -> {
            progress.message(Messages.get("settings.backup.running", folder));
            progress.update(-1, -1);
            return session.backups().backup(register, folder);
        }).titled(Messages.get("settings.backup.running", folder))
                .onSuccess(file -> backupMessage.set(Messages.get("settings.backup.done", file.getFileName(),
                        file.getParent())))
                .onFailure(failure -> {
                    if (failure instanceof RegistryException known) {
                        // the backup explains a full, read-only or missing folder itself (file.write.*), register untouched
                        backupError.set(Messages.get("settings.backup.notWritten", folder, known.getMessage()));
                    } else {
                        LOG.error("Backup failed", failure);
                        backupError.set(Messages.get("settings.backup.failed", folder,
                                failure.getClass().getSimpleName()));
                    }
                })
                .onFinished(() -> backingUp.set(false)));
        return true;
    }

    private Optional<String> refusal(String name, char[] password, char[] confirmation) {
        if (!isAdministrator()) {
            return Optional.of(Messages.get("settings.users.adminOnly"));
        }
        if (name.isEmpty()) {
            return Optional.of(Messages.get("settings.users.nameMissing"));
        }
        if (users.stream().anyMatch(u -> u.name().equals(name))) {
            return Optional.of(Messages.get("storage.error.userExists", name));
        }
        if (newUserRole.get() == null) {
            return Optional.of(Messages.get("settings.users.roleMissing"));
        }
        Optional<String> weak = PasswordStrength.refusal(password);
        if (weak.isPresent()) {
            return weak;
        }
        if (!Arrays.equals(password, confirmation)) {
            return Optional.of(Messages.get("rule.password.mismatch"));
        }
        return Optional.empty();
    }

    private void userFailed(Exception failure) {
        if (failure instanceof RegistryException known) {
            userError.set(known.getMessage());
        } else {
            LOG.error("User list failed", failure);
            userError.set(Messages.get("settings.users.failed", failure.getClass().getSimpleName()));
        }
    }

    /** The facts of this workstation as label/value pairs, for the information panel. */
    public List<Fact> facts() {
        WorkstationInfo info = register.workstation();
        AppVersion version = AppVersion.current();
        return List.of(
                new Fact(Messages.get("settings.info.division"), Messages.get("desktop.workstation.divisionLine",
                        info.divisionName(), info.division().value())),
                new Fact(Messages.get("settings.info.role"), info.role().label()),
                new Fact(Messages.get("settings.info.id"), info.workstationId().toString()),
                new Fact(Messages.get("settings.info.created"), info.createdAt().toString().substring(0, 10)),
                new Fact(Messages.get("settings.info.user"), Messages.get("desktop.workstation.userLine",
                        register.user().name(), register.user().role().label())),
                new Fact(Messages.get("settings.info.folder"), home.toString()),
                new Fact(Messages.get("settings.info.version"),
                        Messages.get("settings.info.versionLine", version.version(), version.built())));
    }

    /** One line of the workstation facts. */
    public record Fact(String label, String value) {
    }

    /**
     * The roles a user of this workstation can have: a village's registrar keeps the register, a township's clerk
     * merges the villages'; the other's role could do nothing here.
     */
    public List<UserRole> roles() {
        return List.of(UserRole.ADMINISTRATOR, township() ? UserRole.TOWNSHIP_CLERK : UserRole.REGISTRAR,
                UserRole.AUDITOR);
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public IntegerProperty idleLockMinutesProperty() {
        return idleLockMinutes;
    }

    /** What the last save of the settings saved. */
    public ReadOnlyStringProperty settingsMessageProperty() {
        return settingsMessage.getReadOnlyProperty();
    }

    /** Why the last save of the settings was refused or failed. */
    public ReadOnlyStringProperty settingsErrorProperty() {
        return settingsError.getReadOnlyProperty();
    }

    public ObservableList<WorkstationUser> users() {
        return usersView;
    }

    public StringProperty newUserNameProperty() {
        return newUserName;
    }

    public ObjectProperty<UserRole> newUserRoleProperty() {
        return newUserRole;
    }

    public ReadOnlyStringProperty userErrorProperty() {
        return userError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userMessageProperty() {
        return userMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupMessageProperty() {
        return backupMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupErrorProperty() {
        return backupError.getReadOnlyProperty();
    }

    /** True while a backup is being written. */
    public ReadOnlyBooleanProperty backingUpProperty() {
        return backingUp.getReadOnlyProperty();
    }

    /** The folder the backup dialog starts in: the last one chosen on this workstation (the USB stick). */
    public LastFolder lastFolder() {
        return new LastFolder(home);
    }
}
