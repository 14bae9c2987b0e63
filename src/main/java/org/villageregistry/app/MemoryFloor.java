package org.villageregistry.app;

import java.util.List;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.villageregistry.ui.DesktopTheme;

/**
 * The floor of the desktop's memory (issue 17): a window of JavaFX alone, in the program's theme and fonts, with a
 * label, a text field, a button and a table of 1,000 rows of Chinese text, and nothing of the register. Started
 * by {@code installer/desktop-memory.sh} with the desktop launcher's JVM options and environment, so the desktop's
 * resident set can be read beside what JavaFX itself takes on the same machine. Not part of the program's use.
 */
public final class MemoryFloor {
    static final int ROWS = 1_000;

    private MemoryFloor() {
    }

    /** Not an {@code Application} itself: the java launcher refuses one started from the class path. */
    public static void main(String[] args) {
        RenderingPipeline.chooseForThisMachine();
        JavaFxWarnings.dropUnsupportedConfigurationWarning();
        Application.launch(Window.class, args);
    }

    /** The floor's window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    static void show(Stage stage) {
        DesktopTheme.apply();
        TableView<List<String>> table = new TableView<>(rows());
        String[] headings = {"村", "姓名", "出生日期", "婚姻状况", "居住状态"};
        for (int c = 0; c < headings.length; c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(headings[c]);
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            col.setPrefWidth(160);
            table.getColumns().add(col);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, new Label("村级人口信息台账 · 内存基线（只有 JavaFX）"), new TextField("王秀英"),
                new Button("查询"), table);
        stage.setTitle("村级人口信息台账 内存基线");
        DesktopTheme.style(box);
        DesktopTheme.useChineseFont(box);
        stage.setScene(new Scene(box, 1366, 740));
        stage.show();
    }

    static ObservableList<List<String>> rows() {
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
        String[] given = {"秀英", "建国", "桂兰", "志强", "丽华", "小明", "玉梅", "海燕"};
        ObservableList<List<String>> rows = FXCollections.observableArrayList();
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of("第" + (i % 40 + 1) + "村", surnames[i % 8] + given[(i / 8) % 8],
                    String.format("19%02d-%02d-%02d", 40 + i % 60, 1 + i % 12, 1 + i % 28),
                    i % 3 == 0 ? "未婚" : "初婚", "户籍在村且常住"));
        }
        return rows;
    }
}
