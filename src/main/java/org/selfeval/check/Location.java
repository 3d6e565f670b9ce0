package org.selfeval.check;

import org.selfeval.i18n.Messages;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.model.RowId;
import org.selfeval.scoring.Profile;

/** Where a problem is: a field, a 项目资金 cell, or an indicator cell (the row by its id). */
public sealed interface Location {

    /** The place in words, such as 第3行指标·得分, as the window labels it under the form's rules. */
    String describe(Messages messages, Profile rules);

    /** A single field of the header, goals or the form as a whole. */
    record Field(FormField field) implements Location {
        @Override
        public String describe(Messages messages, Profile rules) {
            return messages.get(field.messageKey());
        }
    }

    /** A cell of the 项目资金 block. */
    record Funds(FundsLine line, FundsColumn column) implements Location {
        @Override
        public String describe(Messages messages, Profile rules) {
            // The row's words as the funds block shows them: the edition's own, or in English the row's role.
            return messages.get("location.funds", messages.official(rules.fundRowLabels().get(line.ordinal()),
                    "fundsLine." + line.name()), messages.get("fundsColumn." + column.name()));
        }
    }

    /**
     * A cell of an indicator row. The row is named by its id, which moves with it; {@code place} is where the
     * row stood in the form when it was checked (from 0), for the words 第N行 and the number beside the row.
     */
    record Cell(RowId row, int place, IndicatorColumn column) implements Location {
        @Override
        public String describe(Messages messages, Profile rules) {
            return messages.get("location.cell", String.valueOf(place + 1), messages.get(column.messageKey()));
        }
    }
}
