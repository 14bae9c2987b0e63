package org.villageregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A form puts the cursor in its first field: that field's hint must still show until something is typed. */
@ExtendWith(ApplicationExtension.class)
class PromptWhileFocusedTest {
    private TextField first;

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        first = new TextField();
        first.setPromptText("输入姓名、拼音首字母、身份证号或户号查找");
        VBox root = new VBox(8, first, new TextField());
        DesktopTheme.style(root);
        Scene scene = new Scene(root, 500, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theHintOfTheFocusedEmptyFieldIsDrawnInAColourOneCanSee(FxRobot robot) {
        robot.interact(first::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(first.isFocused()).isTrue();
        Text hint = first.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> first.getPromptText().equals(t.getText())).findFirst().orElseThrow();
        assertThat(hint.isVisible()).isTrue();
        assertThat(((Color) hint.getFill()).getOpacity()).isGreaterThan(0.3);
    }
}
