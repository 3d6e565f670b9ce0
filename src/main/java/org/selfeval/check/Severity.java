package org.selfeval.check;

/** How serious a problem is; the order is from most to least serious. */
public enum Severity {
    /** 错误: the form cannot be filed like this. */
    ERROR("severity.error"),
    /** 警告: allowed, but a reviewer will ask. */
    WARNING("severity.warning"),
    /** 提示: worth a look. */
    HINT("severity.hint");

    private final String messageKey;

    Severity(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the severity's name (错误, 警告, 提示) in the messages bundle. */
    public String messageKey() {
        return messageKey;
    }
}
