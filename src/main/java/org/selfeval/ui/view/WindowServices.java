package org.selfeval.ui.view;

import java.util.function.Consumer;
import org.selfeval.ui.vm.Background;
import org.selfeval.ui.vm.DesktopLinks;

/**
 * What the main window is given by the composition root, apart from its session: kept when the window is rebuilt
 * in another language.
 *
 * @param look       zoom and wrapping of the form, the same whatever the language
 * @param language   switches the window's language ({@code zh}, {@code en}) without a restart
 * @param styleSheet the style sheet with the fonts chosen at start-up, for every window; {@code null} for none
 */
public record WindowServices(DesktopLinks links, Background background, FormLook look, Consumer<String> language,
                             String styleSheet) {
}
