package org.selfeval.print;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.selfeval.layout.PrintFace;
import org.selfeval.layout.TextMetrics;

/**
 * Picks the Song-style face for printed pages. JavaFX does not walk a CSS fallback list and maps unknown names
 * to "System", so the first installed family of {@link PrintFace}'s preference list is chosen by name.
 */
final class PrintFonts {

    /** The family to draw with and the size of body text in it. */
    record Face(String family, double bodyPoints) {
    }

    /** Digits and lower-case letters: what Latin there is in a form is mostly figures, units and words. */
    private static final String LATIN = "0123456789abcdefghijklmnopqrstuvwxyz";

    private static final double SPARE = 0.96;

    private PrintFonts() {
    }

    static Face songFace() {
        PrintFace.Choice choice = PrintFace.choose(Font.getFamilies());
        String family = choice.family() == null ? Font.getDefault().getFamily() : choice.family();
        return new Face(family, bodyPoints(family));
    }

    /**
     * The plan measures text in 宋体 at {@link TextMetrics#BODY_POINTS}; a face whose lines, CJK characters or Latin
     * letters come out larger (Noto Serif CJK: taller lines, wider Latin) is drawn a little smaller, so every line
     * the plan counted stays inside its cell.
     */
    private static double bodyPoints(String family) {
        Text probe = new Text("中\n中");
        probe.setFont(Font.font(family, TextMetrics.BODY_POINTS));
        double line = probe.getLayoutBounds().getHeight() / 2;
        probe.setText("中中中中中中中中中中");
        double advance = probe.getLayoutBounds().getWidth() / 10;
        probe.setText(LATIN);
        double latin = probe.getLayoutBounds().getWidth() / LATIN.length();
        double fit = Math.min(TextMetrics.LINE_POINTS / line,
                Math.min(TextMetrics.BODY_POINTS / advance, TextMetrics.BODY_POINTS / 2 / latin));
        // A little to spare: the plan fills lines to the last point, and single glyphs (％, W) are wider than the
        // average measured here.
        double spared = fit * SPARE;
        return spared >= 1 ? TextMetrics.BODY_POINTS : Math.floor(TextMetrics.BODY_POINTS * spared * 4) / 4;
    }
}
