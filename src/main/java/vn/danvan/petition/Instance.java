package vn.danvan.petition;

/** Lần giải quyết: first or second instance of a complaint. */
public enum Instance {
    FIRST,
    SECOND
}
