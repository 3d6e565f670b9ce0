package org.selfeval.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds the Chinese fonts a PDF can embed as subsets, on the computer it runs on. PDFBox 3 subsets only fonts with
 * TrueType outlines (glyf): SimSun on Windows, Songti on macOS, AR PL SungtiL GB or UMing on Linux. Noto Serif CJK and
 * Source Han Serif have CFF outlines, which PDFBox 3.0 can read but neither subset nor embed, so they are not used.
 * The first font found is the page's face; the others serve characters it lacks (docs/export.md).
 */
public final class PdfFonts {

    /**
     * Font files by preference: the Song faces first, then other CJK faces that only fill gaps (or stand in when no
     * Song face is installed). File names, because reading every installed font to learn its name takes seconds.
     */
    static final List<String> PREFERENCE = List.of(
            "simsun.ttc", "simsun.ttf", "songti.ttc", "stsong.ttf", "gbsn00lp.ttf", "uming.ttc",
            "simsunb.ttf", "msyh.ttc", "msyh.ttf", "simhei.ttf", "wqy-zenhei.ttc", "wqy-microhei.ttc",
            "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "ukai.ttc", "gkai00mp.ttf");
    /** How many faces one document embeds at most: the page's face and two that fill its gaps. */
    private static final int MAX_FACES = 3;
    /** A character every face used must have: a font without it is not a Chinese font. */
    private static final int PROBE = '项';
    /**
     * FontBox warns on every load of a font with a format-14 cmap (variation sequences), which it ignores and we do
     * not need; the command line promises one plain line. Held here so the logger keeps its level.
     */
    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");

    private final List<Path> folders;

    /** @param folders where font files are looked for (and below them) */
    public PdfFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
        FONTBOX_LOG.setLevel(Level.SEVERE);
    }

    /** The font folders of Windows, macOS and Linux (those that exist are searched). */
    public static PdfFonts system() {
        String home = System.getProperty("user.home", "");
        List<Path> folders = new ArrayList<>();
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            folders.add(Path.of(windows, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        for (String folder : List.of("/System/Library/Fonts", "/Library/Fonts", "/usr/share/fonts",
                "/usr/local/share/fonts")) {
            folders.add(Path.of(folder));
        }
        if (!home.isEmpty()) {
            folders.add(Path.of(home, "Library", "Fonts"));
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, ".fonts"));
        }
        return new PdfFonts(folders);
    }

    /** The font files found, in order of preference. */
    public List<Path> candidates() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 6)) {
                files.filter(Files::isRegularFile).forEach(file -> found.putIfAbsent(
                        String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT), file));
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                // A folder we may not list holds no font for us.
            }
        }
        List<Path> ranked = new ArrayList<>();
        for (String name : PREFERENCE) {
            Path file = found.get(name);
            if (file != null) {
                ranked.add(file);
            }
        }
        return ranked;
    }

    /**
     * Loads the faces into a document; they stay open until the chain is closed, after the document is saved
     * (PDFBox makes the subsets when saving).
     *
     * @throws NoFontException when no Chinese font with TrueType outlines is installed
     */
    FontChain load(PDDocument document) throws IOException {
        List<TrueTypeFont> faces = new ArrayList<>();
        List<AutoCloseable> open = new ArrayList<>();
        for (Path file : candidates()) {
            if (faces.size() == MAX_FACES) {
                break;
            }
            try {
                TrueTypeFont face = open(file, open);
                if (face != null) {
                    faces.add(face);
                }
            } catch (IOException | RuntimeException damaged) {
                // A damaged or foreign font file is passed over; the next one may do.
            }
        }
        if (faces.isEmpty()) {
            closeAll(open);
            throw new NoFontException();
        }
        try {
            return FontChain.of(document, faces, open);
        } catch (IOException | RuntimeException e) {
            closeAll(open);
            throw e;
        }
    }

    /** The usable face in a file (for a collection, its simplified-Chinese member), or null. */
    private static TrueTypeFont open(Path file, List<AutoCloseable> open) throws IOException {
        if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            open.add(collection);
            List<TrueTypeFont> members = new ArrayList<>();
            collection.processAllFonts(members::add);
            TrueTypeFont chosen = null;
            for (TrueTypeFont member : members) {
                if (usable(member) && (chosen == null || simplifiedChinese(member.getName()))) {
                    chosen = member;
                    if (simplifiedChinese(member.getName())) {
                        break;
                    }
                }
            }
            return chosen;
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        open.add(font);
        return usable(font) ? font : null;
    }

    /** TrueType outlines, allowed to be embedded, with Chinese characters. */
    private static boolean usable(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        if (font.getGlyph() == null || font.getUnicodeCmapLookup(false) == null) {
            return false;
        }
        var os2 = font.getOS2Windows();
        boolean restricted = os2 != null && (os2.getFsType() & 0x000F) == 0x0002; // "restricted licence embedding"
        return !restricted && font.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
    }

    /** SimSun, not NSimSun; UMing CN rather than TW or HK; an SC or GB face of a collection. */
    private static boolean simplifiedChinese(String name) {
        String n = Objects.toString(name, "");
        return n.equals("SimSun") || n.contains("CN") || n.contains("SC") || n.contains("GB");
    }

    static void closeAll(List<AutoCloseable> open) {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Closing a font file that was only read cannot lose anything.
            }
        }
    }
}
