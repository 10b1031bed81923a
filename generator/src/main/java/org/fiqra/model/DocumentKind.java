package org.fiqra.model;

public enum DocumentKind {
    /** Opens with "إن …،", has preambular and operative paragraphs. */
    RESOLUTION,
    /** A report or note with numbered paragraphs "١." */
    REPORT
}
