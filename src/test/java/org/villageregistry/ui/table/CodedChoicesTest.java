package org.villageregistry.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.events.form.CodedChoice;

/** The drop-downs of the forms show 女, 汉族, 初婚 (never "2 女"), and the keyboard still picks by code or pinyin. */
@ExtendWith(ApplicationExtension.class)
class CodedChoicesTest {
    private final SimpleObjectProperty<Sex> sex = new SimpleObjectProperty<>(Sex.FEMALE);
    private final SimpleObjectProperty<BirthPlace> place = new SimpleObjectProperty<>(BirthPlace.HOSPITAL);
    private ComboBox<Sex> sexBox;
    private ComboBox<BirthPlace> placeBox;
    private ComboBox<Ethnicity> ethnicity;
    private ComboBox<MaritalStatus> marital;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        sexBox = CodedChoice.of(List.of(Sex.values()), sex, "sex");
        placeBox = CodedChoice.of(List.of(BirthPlace.values()), place, "place");
        ethnicity = CodedChoices.combo(List.of(Ethnicity.values()));
        ethnicity.setValue(Ethnicity.HAN);
        marital = CodedChoices.combo(List.of(MaritalStatus.values()));
        marital.setValue(MaritalStatus.FIRST_MARRIAGE);
        VBox root = new VBox(8, sexBox, placeBox, ethnicity, marital);
        DesktopTheme.useChineseFont(root);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @Test
    void aDropDownShowsTheWordsWithoutTheirCodes(FxRobot robot) {
        assertThat(shown(sexBox)).isEqualTo("女");
        assertThat(shown(placeBox)).isEqualTo("医院");
        assertThat(shown(ethnicity)).isEqualTo("汉族");
        assertThat(shown(marital)).isEqualTo("初婚");

        robot.interact(placeBox::show);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> listed = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getListView() != null && c.getText() != null && !c.getText().isEmpty())
                .map(ListCell::getText).toList();
        robot.interact(placeBox::hide);
        assertThat(listed).contains("医院", "家中", "途中", "其他").noneMatch(t -> t.matches("\\d.*"));
    }

    @Test
    void typingACodePinyinInitialsOrPinyinPicksTheValue(FxRobot robot) {
        robot.interact(sexBox::requestFocus);
        robot.write("1");
        assertThat(sex.get()).isEqualTo(Sex.MALE);
        robot.write("nv");
        assertThat(sex.get()).isEqualTo(Sex.FEMALE);

        robot.interact(placeBox::requestFocus);
        robot.write("jz");
        assertThat(place.get()).isEqualTo(BirthPlace.HOME);
        robot.write("2");
        assertThat(place.get()).isEqualTo(BirthPlace.HOME);
        robot.write("1");
        assertThat(place.get()).isEqualTo(BirthPlace.HOSPITAL);

        robot.interact(ethnicity::requestFocus);
        robot.write("hui");
        assertThat(ethnicity.getValue()).isEqualTo(Ethnicity.HUI);
        robot.write("01");
        assertThat(ethnicity.getValue()).isEqualTo(Ethnicity.HAN);
        robot.write("h");
        robot.write("h");
        assertThat(ethnicity.getValue()).as("the same letter again goes to the next name it starts")
                .isNotEqualTo(Ethnicity.HAN);

        robot.interact(marital::requestFocus);
        robot.write("zh");
        assertThat(marital.getValue()).isEqualTo(MaritalStatus.REMARRIED);
        robot.write("10");
        assertThat(marital.getValue()).isEqualTo(MaritalStatus.UNMARRIED);
    }

    private static String shown(ComboBox<?> box) {
        Node cell = ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
        return ((ListCell<?>) cell).getText();
    }
}
