package org.selfeval.ui.vm;

import java.util.Objects;
import org.selfeval.i18n.Messages;

/**
 * How many characters a text may still take: the form file and an Excel cell hold at most
 * {@link org.selfeval.io.FormFiles#MAX_STRING_LENGTH} per text. Near the limit the field says how many are left;
 * an entry that would pass it is refused whole, with a message, never cut short.
 */
public final class TextBudget {

    /** From how many characters left on the field counts them down. */
    public static final int WARN_WITHIN = 1_000;

    private final int max;
    private final Messages messages;

    public TextBudget(int max, Messages messages) {
        this.max = max;
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Whether an edit from {@code oldLength} to {@code newLength} characters may be made (shortening always may). */
    public boolean accepts(int oldLength, int newLength) {
        return newLength <= max || newLength <= oldLength;
    }

    /** What the field says under it at this length: nothing while far from the limit, else how many are left. */
    public String note(int length) {
        int left = max - length;
        return left > WARN_WITHIN ? "" : messages.get("field.limit.left", Math.max(0, left), max);
    }

    /** What the field says when an entry of {@code newLength} characters in all was refused. */
    public String refusal(int newLength) {
        return messages.get("field.limit.refused", max, newLength - max);
    }
}
