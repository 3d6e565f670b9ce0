package org.selfeval.ui.vm;

import org.selfeval.check.FormField;

/** 年度总体目标: 预期目标 and 实际完成情况. */
public final class GoalsViewModel extends FieldsViewModel {

    GoalsViewModel(FormViewModel owner) {
        super(owner);
        textField(FormField.EXPECTED_GOAL, owner.form().expectedGoalProperty());
        textField(FormField.ACHIEVED_GOAL, owner.form().achievedGoalProperty());
    }
}
