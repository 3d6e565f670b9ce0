package org.selfeval.ui.view;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
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
        // Weakly: the list outlives a window rebuilt in another language, and must not keep the old menu alive.
        ListChangeListener<Path> changed = c -> rebuild.run();
        menu.getProperties().put(RecentMenu.class, changed);
        session.recentFiles().addListener(new WeakListChangeListener<>(changed));
        rebuild.run();
    }
}
