package org.selfeval.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon in every size a desktop may pick from for a window (title bar, task bar, Alt+Tab). */
public final class AppIcons {

    /** Sizes shipped under /org/selfeval/icons/ (made by icons/build-icons.sh from the SVG sources). */
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** The resource path of one size, e.g. /org/selfeval/icons/selfeval-32.png. */
    static String resource(int size) {
        return "/org/selfeval/icons/selfeval-" + size + ".png";
    }

    /** Loads all sizes, for {@code stage.getIcons().setAll(AppIcons.load())}; needs the JavaFX toolkit. */
    public static List<Image> load() {
        List<Image> icons = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource(resource(size));
            if (url == null) {
                // A build without the icons is broken; say which file is missing rather than show no icon.
                throw new IllegalStateException("missing resource " + resource(size));
            }
            icons.add(new Image(url.toExternalForm()));
        }
        return icons;
    }
}
