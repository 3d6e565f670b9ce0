package org.selfeval.ui.vm;

import java.util.Objects;

/**
 * A passing remark that does not stop the officer (已保存到…, the recovery record could not be written, what an
 * import could not place), shown without a dialog; it may offer one follow-up, such as showing the details.
 *
 * @param actionText what the follow-up says, or {@code null} for none
 * @param action     the follow-up, or {@code null} for none
 */
public record Notice(String text, String actionText, Runnable action) {

    public Notice {
        Objects.requireNonNull(text, "text");
        if ((actionText == null) != (action == null)) {
            throw new IllegalArgumentException("an action needs its text, and text its action");
        }
    }

    /** A remark with nothing to follow up. */
    public static Notice of(String text) {
        return new Notice(text, null, null);
    }

    public boolean hasAction() {
        return action != null;
    }
}
