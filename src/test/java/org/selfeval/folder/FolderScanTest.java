package org.selfeval.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScanTest {

    @TempDir
    Path dir;

    private List<String> names(FolderScan.Listing listing) {
        return listing.files().stream().map(p -> listing.folder().relativize(p).toString().replace('\\', '/'))
                .toList();
    }

    private Path touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "{}");
    }

    @Test
    void onlyFormsAndWorkbooksDownToTheDepthLimitWithoutLinksHiddenOrLockFiles() throws IOException {
        touch("a.json");
        touch("B.XLSX");
        touch("notes.txt");
        touch("old.xls");
        touch("~$B.xlsx");
        touch(".hidden.json");
        touch(".git/config.json");
        touch("单位甲/2022.json");
        touch("1/2/3/deep.json");
        touch("1/2/3/4/too-deep.json");
        Path summary = touch("汇总.xlsx");
        Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("a.json"));
        Files.createSymbolicLink(dir.resolve("loop"), dir);

        FolderScan.Listing listing = FolderScan.scan(dir, Set.of(summary));

        assertEquals(List.of("1/2/3/deep.json", "B.XLSX", "a.json", "单位甲/2022.json"), names(listing));
        assertFalse(listing.truncated());
        assertTrue(listing.unreadable().isEmpty());
    }

    @Test
    void aFolderWithMoreFormsThanTheLimitIsCutShortAndSaysSo() throws IOException {
        for (int i = 0; i <= FolderScan.MAX_FILES; i++) {
            touch("f" + i + ".json");
        }
        FolderScan.Listing listing = FolderScan.scan(dir, Set.of());
        assertEquals(FolderScan.MAX_FILES, listing.files().size());
        assertTrue(listing.truncated());
    }

    @Test
    void aFolderThatDoesNotExistCannotBeScanned() {
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> FolderScan.scan(dir.resolve("missing"), Set.of()));
    }
}
