package vn.danvan.reception;

/** Vụ việc mới phát sinh, or vụ việc cũ (already brought before). */
public enum Matter {
    NEW,
    OLD
}
