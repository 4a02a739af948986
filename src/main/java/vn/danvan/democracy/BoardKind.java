package vn.danvan.democracy;

/** The people's boards of a commune (Luật THDCCS 2022 Đ.36–45). */
public enum BoardKind {
    /** Ban Thanh tra nhân dân ở xã (Đ.36–40). */
    PEOPLES_INSPECTION,
    /** Ban Giám sát đầu tư của cộng đồng, one per programme or project (Đ.41–45). */
    INVESTMENT_SUPERVISION
}
