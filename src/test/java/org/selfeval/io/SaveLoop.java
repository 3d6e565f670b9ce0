package org.selfeval.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link SaveInterruptionIT}: saves two versions of a form over one file, alternately,
 * until it is killed. Prints one line once the first save is complete, so that kills land in the loop.
 * Arguments: TARGET VERSION_A VERSION_B.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        byte[][] versions = {Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2]))};
        for (long i = 0; ; i++) {
            AtomicFiles.writeWithBackup(target, versions[(int) (i % 2)]);
            if (i == 0) {
                System.out.println("saving");
                System.out.flush();
            }
        }
    }
}
