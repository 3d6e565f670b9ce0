package org.selfeval.ui.view;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.selfeval.ui.vm.DocumentSession;

/** The 最近打开 menu: one item per recent file (name, then folder), kept current with the session's list. */
final class RecentMenu {

    private RecentMenu() {
    }

    static void install(Menu menu, DocumentSession session, Runnable commitTyping) {
        Runnable rebuild = () -> {
            menu.getItems().clear();
            for (Path path : session.recentFiles()) {
                MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> {
                    commitTyping.run();
                    session.open(path);
                });
                menu.getItems().add(item);
            }
            menu.setDisable(menu.getItems().isEmpty());
        };
        session.recentFiles().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
    }
}
