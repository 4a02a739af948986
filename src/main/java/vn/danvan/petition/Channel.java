package vn.danvan.petition;

/** How a petition reached the body (nguồn đơn). */
public enum Channel {
    IN_PERSON,
    POST,
    EMAIL,
    HOTLINE,
    ONLINE,
    TRANSFERRED
}
