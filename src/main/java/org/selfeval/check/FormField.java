package org.selfeval.check;

/** The single fields of the form that a problem can point at (indicator cells are {@link Location.Cell}). */
public enum FormField {
    YEAR("field.year"),
    PROJECT_NAME("field.projectName"),
    DEPARTMENT("field.department"),
    IMPLEMENTING_UNIT("field.implementingUnit"),
    PROJECT_LEADER("field.projectLeader"),
    PHONE("field.phone"),
    EXECUTION_WEIGHT("field.executionWeight"),
    EXPECTED_GOAL("field.expectedGoal"),
    ACHIEVED_GOAL("field.achievedGoal"),
    /** The form as a whole, e.g. the weight sum. */
    WEIGHTS("field.weights");

    private final String messageKey;

    FormField(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
