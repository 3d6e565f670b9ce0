package org.selfeval.layout;

/** What a cell of the official form is, which decides how every renderer draws it (font, alignment, wrapping). */
public enum CellRole {
    /** 项目支出绩效自评表: large, bold, centred, no border. */
    TITLE,
    /** （2021年度）: centred under the title, no border. */
    SUBTITLE,
    /** A printed label such as 项目名称 or 一级指标: centred, wrapped. */
    LABEL,
    /** A label written top to bottom in a narrow column (年度总体目标, 绩效指标). */
    VERTICAL_LABEL,
    /**
     * The 一级指标 or 二级指标 of a group of indicator rows, merged down the group: centred across, at the top, so
     * that a group running over a page break shows its name where it begins.
     */
    GROUP_LABEL,
    /** Text the officer typed into a short cell: left-aligned, vertically centred, wrapped. */
    TEXT,
    /** A long text (the goals): left-aligned from the top, wrapped. */
    LONG_TEXT,
    /** An amount, rate or score (or its {@code -} placeholder): centred. */
    FIGURE
}
