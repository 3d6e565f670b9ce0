package org.selfeval.xlsx;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The one place where Apache POI's global limits are set, deliberately (docs/bad-files.md): a form workbook is
 * under 100 KB, so anything far beyond these numbers is a damaged or hostile file, not a form. POI keeps them
 * in static fields; {@link #apply()} sets them once, before the first workbook is read or written.
 */
final class PoiLimits {

    /** Entries may expand at most 100 times (compressed ÷ uncompressed ≥ 0.01); POI's default, kept on purpose. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** One part of the package uncompressed, e.g. one sheet's XML; a form's is under 1 MB. */
    static final long MAX_ENTRY_SIZE = 50L * 1024 * 1024;
    /** Entries in the zip; Excel writes 10–30. */
    static final int MAX_FILE_COUNT = 500;
    /** Characters of text POI extracts in one go. */
    static final long MAX_TEXT_SIZE = 5_000_000;
    /** No single array POI allocates for a record may be larger. */
    static final int MAX_BYTE_ARRAY = 50_000_000;

    /** POI's own warnings (log4j → java.util.logging) would be extra stderr lines; every refusal has a message. */
    private static final Logger POI_LOG = Logger.getLogger("org.apache.poi");

    private PoiLimits() {
    }

    /** Sets the limits; cheap after the first call. */
    static void apply() {
        Holder.touch();
    }

    /** The class initialiser runs exactly once, thread-safely. */
    private static final class Holder {
        static {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
            ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
            POI_LOG.setLevel(Level.OFF);
        }

        static void touch() {
            // loading the class is the work
        }
    }
}
