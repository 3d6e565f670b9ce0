package org.selfeval.bench;

import java.util.List;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.selfeval.ui.StartupProbe;

/**
 * The floor of src/bench/startup.sh ({@code --floor}): the editor's first screen made of JavaFX's standard
 * controls and nothing else — no FXML, no style sheet of ours, no form read, no scoring, no checks, no view
 * models. Its start-up, measured like the editor's, is what any editor of this form built from these controls
 * costs before a line of SelfEval runs. Not a test and not shipped.
 */
public final class StandardControlsProbe {

    private StandardControlsProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: the editor's first screen, control for control, with placeholder text. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            BorderPane root = new BorderPane();
            root.setTop(new VBox(menus(), toolbar()));
            SplitPane split = new SplitPane(new ScrollPane(form()), problems());
            split.setDividerPositions(0.77);
            root.setCenter(split);
            root.setBottom(new HBox(12, new Label("执行率 64.26%"), new Label("执行率得分 6.43"),
                    new Label("总分 95.43"), new Label("等级 优"), new Label("分值合计 100"), new Label("问题 7")));
            stage.setTitle("SelfEval");
            stage.setScene(new Scene(root, 1360, 860));
            stage.show();
            if (StartupProbe.requested()) {
                StartupProbe.exitWhenShown(stage, () -> true, System.out);
            }
        }

        private static MenuBar menus() {
            MenuBar bar = new MenuBar();
            for (String name : List.of("文件", "编辑", "语言", "帮助")) {
                Menu menu = new Menu(name);
                IntStream.range(0, 8).forEach(i -> menu.getItems().add(new MenuItem(name + i)));
                bar.getMenus().add(menu);
            }
            return bar;
        }

        private static ToolBar toolbar() {
            return new ToolBar(new Button("新建"), new Button("打开"), new Button("保存"), new Separator(),
                    new Button("撤销"), new Button("重做"), new Separator(), new Button("填表说明"));
        }

        private static VBox form() {
            GridPane header = new GridPane();
            header.addRow(0, new Label("项目名称"), new TextField("项目"));
            header.addRow(1, new Label("主管部门"), new TextField("部门"), new Label("实施单位"), new TextField("单位"));
            header.addRow(2, new Label("项目负责人"), new TextField("姓名"), new Label("联系电话"), new TextField("电话"));
            GridPane funds = new GridPane();
            funds.addRow(0, new Label(""), new Label("年初预算数"), new Label("全年预算数"), new Label("全年执行数"),
                    new Label("分值"), new Label("执行率"), new Label("得分"));
            funds.addRow(1, new Label("年度资金总额"), new TextField("380"), new TextField("351.59"),
                    new TextField("225.94"), new TextField("10"), new Label("64.26%"), new Label("6.43"));
            for (int row = 2; row <= 4; row++) {
                funds.addRow(row, new Label("资金" + row), new TextField(), new TextField(), new TextField(),
                        new Label("-"), new Label("-"), new Label("-"));
            }
            HBox goals = new HBox(8, new VBox(new Label("预期目标"), new TextArea("目标")),
                    new VBox(new Label("实际完成情况"), new TextArea("完成")));
            HBox tableBar = new HBox(6, new Label("产出指标"), new Label("得分 49 / 分值 50"), new Button("添加"),
                    new Button("插入"), new Button("复制"), new Button("删除"), new Button("↑"), new Button("↓"),
                    new Button("恢复建议分"));
            return new VBox(8, new HBox(new Label("项目支出绩效自评表"), new TextField("2021"), new Label("年度")),
                    header, new Label("项目资金（万元）"), funds, new Label("年度总体目标"), goals,
                    new Label("绩效指标"), tableBar, indicators());
        }

        private static TableView<List<String>> indicators() {
            TableView<List<String>> table = new TableView<>();
            List<String> names = List.of("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "建议分",
                    "档次", "偏差原因分析及改进措施");
            for (int c = 0; c < names.size(); c++) {
                int column = c;
                TableColumn<List<String>, String> col = new TableColumn<>(names.get(c));
                col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
                table.getColumns().add(col);
            }
            IntStream.range(0, 9).forEach(r -> table.getItems().add(
                    names.stream().map(n -> n + r).toList()));
            table.setEditable(true);
            table.setFixedCellSize(28);
            table.setPrefHeight(28 * 10 + 30);
            return table;
        }

        private static ListView<String> problems() {
            return new ListView<>(FXCollections.observableArrayList(
                    IntStream.range(0, 7).mapToObj(i -> "【警告】第" + i + "行指标：实际完成值超出年度指标值 30% 以上").toList()));
        }
    }
}
