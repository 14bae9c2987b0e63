package org.villageregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.font.CompositeFontResource;
import com.sun.javafx.font.FontResource;
import com.sun.javafx.font.PGFont;
import com.sun.javafx.scene.text.FontHelper;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.ui.benefits.BenefitDialogsShown;
import org.villageregistry.ui.events.EventsRegister;
import org.villageregistry.ui.services.HealthFormsShown;
import org.villageregistry.ui.shell.AboutBox;
import org.villageregistry.ui.shell.Navigator;

/**
 * Opens every dialog and alert the program can show (the source is searched for them, so a new one without a walk
 * here fails) and checks that each character of every text it draws has a glyph in the font file the text is
 * drawn with: a dialog is a window of its own and does not inherit the main window's Chinese font, and JavaFX's
 * default font on Linux has no Chinese (the 事件登记 discard question was all boxes).
 */
@ExtendWith(ApplicationExtension.class)
class EveryDialogHasItsGlyphsTest {
    private static final Pattern MAKES_A_DIALOG = Pattern.compile(
            "new (Alert|Dialog|TextInputDialog|ChoiceDialog)\\s*[<(]|extends (Alert|Dialog|TextInputDialog|ChoiceDialog)\\b");
    private static final Map<String, java.awt.Font[]> FILES = new HashMap<>();

    @TempDir
    static Path temp;
    private Stage stage;
    private Label anchor;
    private RegisterServices services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesktopTheme.apply();
        anchor = new Label("柳树村");
        StackPane root = new StackPane(anchor);
        DesktopTheme.useChineseFont(root);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
        services = EventsRegister.open(temp.resolve(UUID.randomUUID().toString()));
    }

    @AfterEach
    void close() {
        services.register().close();
    }

    @Test
    void everyDialogAndAlertHasAGlyphForEachCharacterOfItsText(FxRobot robot) throws IOException {
        Person mother = services.persons().register(EventsRegister.adult("陈静", Sex.FEMALE,
                LocalDate.of(1996, 4, 2), 2).build());
        Person child = services.persons().register(EventsRegister.adult("陈小宝", Sex.MALE,
                LocalDate.of(2000, 3, 10), 1).build());
        Map<String, Runnable> walk = new LinkedHashMap<>();
        walk.put("ui/DiscardQuestion.java", () -> DiscardQuestion.confirm(anchor));
        walk.put("ui/YesNoQuestion.java", () -> YesNoQuestion.ask(anchor, "填入初婚日期？",
                "刘梅 的档案中没有初婚日期。是否按本次登记的结婚日期 2018-10-01 填入？"));
        walk.put("ui/shell/AboutBox.java", () -> AboutBox.show(stage));
        walk.put("ui/benefits/BenefitDialogs.java enrol", () -> BenefitDialogsShown.enrol(services, NOWHERE, mother,
                child));
        walk.put("ui/benefits/BenefitDialogs.java end", () -> BenefitDialogsShown.end(services, NOWHERE, mother));
        walk.put("ui/services/HealthForms.java pregnancy", () -> HealthFormsShown.pregnancy(services, NOWHERE));
        walk.put("ui/services/HealthForms.java visit", () -> HealthFormsShown.visit(services, NOWHERE, null));

        assertThat(filesThatMakeDialogs()).as("every source file that makes a dialog is walked here")
                .isEqualTo(new TreeSet<>(walk.keySet().stream().map(k -> k.split(" ")[0]).toList()));
        List<String> missing = new ArrayList<>();
        List<String> foreignButtons = new ArrayList<>();
        for (Map.Entry<String, Runnable> dialog : walk.entrySet()) {
            Platform.runLater(dialog.getValue());
            DialogPane pane = waitForDialog(dialog.getKey());
            robot.interact(() -> missing.addAll(missingGlyphs(dialog.getKey(), pane)));
            robot.interact(() -> foreignButtons.addAll(buttonsNotInChinese(dialog.getKey(), pane)));
            robot.interact(() -> closeWithCancel(pane));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(missing).as("characters drawn as boxes").isEmpty();
        assertThat(foreignButtons).as("buttons in the computer's language (JavaFX's ButtonType.OK…)").isEmpty();
    }

    /** The dialog's buttons whose text has no Chinese: JavaFX's own OK/Cancel/Yes/No follow the JVM's locale. */
    private static List<String> buttonsNotInChinese(String dialog, DialogPane pane) {
        List<String> foreign = new ArrayList<>();
        for (ButtonType type : pane.getButtonTypes()) {
            String text = ((Button) pane.lookupButton(type)).getText();
            if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                foreign.add(dialog + ": " + text);
            }
        }
        return foreign;
    }

    /** Source files under src/main/java that construct or extend a JavaFX dialog, as paths below the root package. */
    private static Set<String> filesThatMakeDialogs() throws IOException {
        Path root = Path.of("src/main/java/org/villageregistry");
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (MAKES_A_DIALOG.matcher(Files.readString(file)).find()) {
                    files.add(root.relativize(file).toString().replace(File.separatorChar, '/'));
                }
            }
        }
        return files;
    }

    private static DialogPane waitForDialog(String name) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingDialog().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(name + " did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return showingDialog().orElseThrow();
    }

    private static Optional<DialogPane> showingDialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane).map(s -> (DialogPane) s.getRoot())
                .findFirst();
    }

    private static void closeWithCancel(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (type.getButtonData().isCancelButton() || pane.getButtonTypes().size() == 1) {
                ((Button) pane.lookupButton(type)).fire();
                return;
            }
        }
        throw new AssertionError("a dialog without a way out: " + pane.getButtonTypes());
    }

    /**
     * One line per text of the dialog that has a character its font file has no glyph for. The whole text of a
     * label or field is checked, not only what fits (a label drawn in too wide a font shows just "...").
     */
    private static List<String> missingGlyphs(String dialog, DialogPane pane) {
        pane.applyCss();
        pane.layout();
        List<String> missing = new ArrayList<>();
        Map<String, Font> texts = texts(pane, new LinkedHashMap<>());
        if (texts.keySet().stream().noneMatch(t -> t.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))) {
            missing.add(dialog + ": no Chinese text was found to check (did the walk open the right dialog?)");
        }
        texts.forEach((shown, javafxFont) -> {
            java.awt.Font font = fileOf(javafxFont);
            shown.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                    .filter(c -> !font.canDisplay(c)).findFirst().ifPresent(c -> missing.add(dialog + ": “" + shown
                            + "” has no glyph for “" + Character.toString(c) + "” in " + javafxFont.getName()
                            + " (" + font.getFontName() + ")"));
        });
        return missing;
    }

    /** Every text a person can see in the dialog, with the font it is drawn in. */
    private static Map<String, Font> texts(Parent parent, Map<String, Font> found) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Labeled labeled) {
                add(found, labeled.getText(), labeled.getFont());
            } else if (child instanceof TextInputControl field) {
                add(found, field.getText(), field.getFont());
                add(found, field.getPromptText(), field.getFont());
            } else if (child instanceof Text text) {
                add(found, text.getText(), text.getFont());
            } else if (child instanceof Parent p) {
                texts(p, found);
            }
        }
        return found;
    }

    private static void add(Map<String, Font> found, String text, Font font) {
        if (text != null && !text.isBlank()) {
            found.putIfAbsent(text, font);
        }
    }

    /**
     * The font file JavaFX draws with: for a logical font such as "System", the first font of its list, the one a
     * text is drawn with unless the platform happens to supply a fallback (on the registrars' Linux it did not).
     */
    private static java.awt.Font fileOf(Font font) {
        FontResource resource = ((PGFont) FontHelper.getNativeFont(font)).getFontResource();
        if (resource instanceof CompositeFontResource composite) {
            resource = composite.getSlotResource(0);
        }
        String name = resource.getFullName();
        java.awt.Font[] fonts = FILES.computeIfAbsent(resource.getFileName(), file -> {
            try {
                return java.awt.Font.createFonts(new File(file));
            } catch (IOException | FontFormatException e) {
                throw new AssertionError("cannot read the font file " + file, e);
            }
        });
        for (java.awt.Font f : fonts) {
            if (f.getFontName().equals(name) || f.getName().equals(name)) {
                return f;
            }
        }
        return fonts[0];
    }

    private static final Navigator NOWHERE = new NowhereNavigator();
}
