package org.selfeval.folder;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the forms in a folder: {@code .json} files and {@code .xlsx} workbooks, in the folder and its subfolders
 * down to {@link #MAX_DEPTH} levels, at most {@link #MAX_FILES}. Links are not followed (a link to a parent
 * folder would never end), hidden files and folders are passed over, and so are the lock files Office and WPS
 * leave beside an open workbook ({@code ~$name.xlsx}).
 */
public final class FolderScan {

    /** More files than any department files in a year; a folder with more is not a folder of forms. */
    public static final int MAX_FILES = 1000;
    /** The folder itself is depth 0; a unit's subfolder 1; a year under it 2; and one more. */
    public static final int MAX_DEPTH = 3;

    private static final Set<String> EXTENSIONS = Set.of(".json", ".xlsx");

    /**
     * What was found.
     *
     * @param folder      the folder scanned, absolute and with its links resolved
     * @param files       the forms' files, absolute, in the order of their names relative to the folder
     * @param unreadable  subfolders that could not be listed, each with what the system said
     * @param truncated   whether there were more than {@link #MAX_FILES} forms (only the first are listed)
     */
    public record Listing(Path folder, List<Path> files, List<Unreadable> unreadable, boolean truncated) {
        public Listing {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** A path the scan could not look into, and why. */
    public record Unreadable(Path path, String reason) {
    }

    private FolderScan() {
    }

    /**
     * Lists the forms under {@code folder}, leaving out {@code exclude} (the summary being written there).
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static Listing scan(Path folder, Set<Path> exclude) throws IOException {
        // The folder named is followed even when it is a link: it was chosen; links inside it are not.
        Path root = folder.toRealPath();
        Set<Path> skipped = new java.util.HashSet<>();
        for (Path p : exclude) {
            skipped.add(Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize());
        }
        List<Path> found = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        boolean[] truncated = {false};
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH + 1,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return dir.equals(root) || !hidden(dir) ? FileVisitResult.CONTINUE
                                : FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        // Without FOLLOW_LINKS a link arrives here as a link, whatever it points to.
                        if (!attrs.isRegularFile() || !isForm(file) || skipped.contains(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (found.size() == MAX_FILES) {
                            truncated[0] = true;
                            return FileVisitResult.TERMINATE;
                        }
                        found.add(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(root)) {
                            throw e;
                        }
                        unreadable.add(new Unreadable(file, String.valueOf(e.getMessage())));
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(Comparator.comparing(p -> root.relativize(p).toString()));
        return new Listing(root, found, unreadable, truncated[0]);
    }

    /** Whether a file's name makes it one the scan looks at. */
    static boolean isForm(Path file) {
        String name = String.valueOf(file.getFileName());
        if (hidden(file) || name.startsWith("~$")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot).toLowerCase(Locale.ROOT));
    }

    private static boolean hidden(Path path) {
        return String.valueOf(path.getFileName()).startsWith(".");
    }
}
