package org.selfeval.recovery;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormWriteException;

/**
 * Journals open documents to the {@link RecoveryJournal} a moment after each change, coalescing a burst of
 * edits into one write: at most one write per {@code delay}, so a crash loses at most about that much typing.
 * The snapshot of the form is taken on the model's thread (the FX thread in the window); writing happens on
 * one background thread, so typing never waits for the disk.
 */
public final class Autosaver implements AutoCloseable {

    /** The delay the window uses: a crash loses at most about this much typing (plus the write itself). */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(1500);

    private final RecoveryJournal journal;
    private final Executor modelThread;
    private final Duration delay;
    private final Consumer<FormWriteException> onFailure;
    private final ScheduledExecutorService writer;

    /**
     * @param modelThread runs the snapshot where the form may be read ({@code Platform::runLater} in the window)
     * @param onFailure   told when a journal write fails (e.g. the disk is full); typing goes on regardless
     */
    public Autosaver(RecoveryJournal journal, Executor modelThread, Duration delay,
                     Consumer<FormWriteException> onFailure) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.modelThread = Objects.requireNonNull(modelThread, "modelThread");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "selfeval-autosave");
            t.setDaemon(true); // never keeps the program alive on its own
            return t;
        });
    }

    /**
     * Starts journalling one open document.
     *
     * @param snapshot the form as file data; called on the model thread only
     */
    public Tracked track(DocumentKey document, String documentName, Supplier<FormDocument> snapshot) {
        return new Tracked(journal.newSlot(), document, documentName, snapshot);
    }

    /** Stops the background thread; records not discarded stay for the next start. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One document being journalled. Its methods are called on the model thread. */
    public final class Tracked {
        private final String slot;
        private final Supplier<FormDocument> snapshot;
        private volatile DocumentKey document;
        private volatile String documentName;
        /** Bumped by saves and closing: a snapshot taken before them must not be written after them. */
        private volatile long generation;
        private volatile boolean closed;
        private ScheduledFuture<?> pending; // guarded by this

        private Tracked(String slot, DocumentKey document, String documentName, Supplier<FormDocument> snapshot) {
            this.slot = slot;
            this.document = document;
            this.documentName = documentName;
            this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        }

        /** The form changed: it is journalled within the delay. Cheap; call it on every edit. */
        public void changed() {
            synchronized (this) {
                if (closed || pending != null) {
                    return; // a write is already due; it will take this change along
                }
                try {
                    pending = writer.schedule(this::takeSnapshot, delay.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    // The autosaver is closed: the program is ending.
                }
            }
        }

        /**
         * The form was saved to {@code savedTo} (Save or Save As): its record is removed, and later changes are
         * journalled under the new file's name. Call it on the model thread right after the save succeeded; if
         * the form was edited while a background save ran, call {@link #changed()} after it.
         */
        public void saved(DocumentKey savedTo, String newName) {
            document = Objects.requireNonNull(savedTo, "savedTo");
            documentName = Objects.requireNonNull(newName, "newName");
            synchronized (this) {
                if (pending != null) {
                    pending.cancel(false); // what it would journal is what was just saved
                    pending = null;
                }
            }
            generation++;
            discardInBackground();
        }

        /** The window closed cleanly (saved, or the officer chose not to keep the changes): record removed. */
        public void close() {
            synchronized (this) {
                closed = true;
                if (pending != null) {
                    pending.cancel(false);
                    pending = null;
                }
            }
            generation++;
            discardInBackground();
        }

        /** On the writer thread, so that it comes after any write already queued. */
        private void discardInBackground() {
            try {
                writer.execute(() -> journal.discard(slot));
            } catch (RejectedExecutionException e) {
                journal.discard(slot);
            }
        }

        /** Journals a pending change now and waits for it (tests; before a risky operation). */
        public void flush() throws InterruptedException, ExecutionException, TimeoutException {
            boolean due;
            synchronized (this) {
                due = pending != null && pending.cancel(false);
                pending = null;
            }
            if (due) {
                CompletableFuture<FormDocument> taken = new CompletableFuture<>();
                long at = generation;
                modelThread.execute(() -> taken.complete(snapshot.get()));
                FormDocument form = taken.get(30, TimeUnit.SECONDS);
                writer.submit(() -> write(form, at)).get(30, TimeUnit.SECONDS);
            }
            writer.submit(() -> { }).get(30, TimeUnit.SECONDS); // whatever was queued before is done
        }

        /**
         * Writes this snapshot as the record at once, on the calling thread, and waits: after an unforeseen failure
         * the program may not live through the usual delay. A failure to write goes to {@code onFailure} as well.
         */
        public void writeNow(FormDocument form) throws FormWriteException {
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (pending != null) {
                    pending.cancel(false); // this write takes that change along
                    pending = null;
                }
            }
            try {
                journal.write(slot, document, documentName, form);
            } catch (FormWriteException e) {
                onFailure.accept(e);
                throw e;
            }
        }

        String slot() {
            return slot;
        }

        private void takeSnapshot() {
            modelThread.execute(() -> {
                synchronized (this) {
                    pending = null;
                    if (closed) {
                        return;
                    }
                }
                long at = generation;
                FormDocument form = snapshot.get();
                try {
                    writer.execute(() -> write(form, at));
                } catch (RejectedExecutionException e) {
                    // The autosaver is closed: the program is ending.
                }
            });
        }

        private void write(FormDocument form, long takenAt) {
            if (closed || takenAt != generation) {
                return; // saved or closed since the snapshot: the record would be stale
            }
            try {
                journal.write(slot, document, documentName, form);
            } catch (FormWriteException e) {
                onFailure.accept(e);
            }
        }
    }
}
