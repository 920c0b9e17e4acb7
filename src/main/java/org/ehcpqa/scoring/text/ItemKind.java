package org.ehcpqa.scoring.text;

/** How an item was written in the plan. */
public enum ItemKind {
    BULLET, NUMBERED, TABLE_ROW, PARAGRAPH
}
