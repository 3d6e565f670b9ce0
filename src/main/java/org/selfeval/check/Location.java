package org.selfeval.check;

import org.selfeval.i18n.Messages;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;

/** Where a problem is: a field, a 项目资金 cell, or an indicator cell (row index from 0). */
public sealed interface Location {

    /** The place in words, such as 第3行指标·得分. */
    String describe(Messages messages);

    /** A single field of the header, goals or the form as a whole. */
    record Field(FormField field) implements Location {
        @Override
        public String describe(Messages messages) {
            return messages.get(field.messageKey());
        }
    }

    /** A cell of the 项目资金 block. */
    record Funds(FundsLine line, FundsColumn column) implements Location {
        @Override
        public String describe(Messages messages) {
            return messages.get("location.funds", messages.get("fundsLine." + line.name()),
                    messages.get("fundsColumn." + column.name()));
        }
    }

    /** A cell of the indicator table. */
    record Cell(int row, IndicatorColumn column) implements Location {
        @Override
        public String describe(Messages messages) {
            return messages.get("location.cell", String.valueOf(row + 1), messages.get(column.messageKey()));
        }
    }
}
