package org.selfeval.scoring;

import java.util.Arrays;

/**
 * An edition that cannot be used: a broken edition file (bundled or loaded) or an unknown edition id. Carries a
 * message key of the resource bundles and its arguments, so the window and the command line say it in one plain
 * line; scoring itself holds no user-visible text.
 */
public final class InvalidEditionException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public InvalidEditionException(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    /** The message key, e.g. {@code edition.error.broken}. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
