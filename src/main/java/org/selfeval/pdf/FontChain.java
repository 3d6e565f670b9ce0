package org.selfeval.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces of one document, each embedded as a subset: a character is drawn in the first face that has it, so a
 * rare character missing from the Song face still prints (in the next face) instead of vanishing.
 */
final class FontChain implements Closeable {

    /** Drawn for a character no face has, so that the gap is visible rather than silently closed. */
    private static final int MISSING = '□';

    /** A stretch of a line in one face. */
    record Run(PDType0Font font, String text) {
    }

    private final List<PDType0Font> fonts;
    private final List<CmapLookup> lookups;
    private final List<AutoCloseable> open;
    private final Map<Integer, Integer> faceOf = new HashMap<>();
    /** Advance widths in ems, by code point. */
    private final Map<Integer, Double> widths = new HashMap<>();

    private FontChain(List<PDType0Font> fonts, List<CmapLookup> lookups, List<AutoCloseable> open) {
        this.fonts = fonts;
        this.lookups = lookups;
        this.open = open;
    }

    static FontChain of(PDDocument document, List<TrueTypeFont> faces, List<AutoCloseable> open) throws IOException {
        List<PDType0Font> fonts = new ArrayList<>();
        List<CmapLookup> lookups = new ArrayList<>();
        for (TrueTypeFont face : faces) {
            fonts.add(PDType0Font.load(document, face, true));
            lookups.add(face.getUnicodeCmapLookup(false));
        }
        return new FontChain(fonts, lookups, open);
    }

    /** The name of the page's face, as embedded. */
    String mainFace() {
        return fonts.get(0).getName();
    }

    /** The code point as it is drawn: itself, or {@link #MISSING} when no face has it. */
    int drawn(int codePoint) {
        return face(codePoint) < 0 ? MISSING : codePoint;
    }

    /** Width of a character at a size, in points. */
    double width(int codePoint, double size) {
        int cp = drawn(Character.isISOControl(codePoint) ? ' ' : codePoint);
        return widths.computeIfAbsent(cp, c -> {
            PDType0Font font = fonts.get(Math.max(0, face(c)));
            try {
                return font.getStringWidth(Character.toString(c)) / 1000.0;
            } catch (IOException | IllegalArgumentException e) {
                return 1.0; // an em: too wide rather than too narrow, so nothing runs out of its cell
            }
        }) * size;
    }

    /** The line split into runs of one face each. */
    List<Run> runs(String line) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int current = -1;
        for (int cp : line.codePoints().toArray()) {
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            int shown = drawn(cp);
            int face = Math.max(0, face(shown));
            if (face != current && !text.isEmpty()) {
                runs.add(new Run(fonts.get(current), text.toString()));
                text.setLength(0);
            }
            current = face;
            text.appendCodePoint(shown);
        }
        if (!text.isEmpty()) {
            runs.add(new Run(fonts.get(current), text.toString()));
        }
        return runs;
    }

    /** The first face that has the character, or -1. */
    private int face(int codePoint) {
        return faceOf.computeIfAbsent(codePoint, cp -> {
            for (int i = 0; i < lookups.size(); i++) {
                if (lookups.get(i).getGlyphId(cp) > 0) {
                    return i;
                }
            }
            return -1;
        });
    }

    @Override
    public void close() {
        PdfFonts.closeAll(open);
    }
}
