package vn.danvan.programme;

/** Money (exact VND) or goods in kind (an item, its unit and a quantity: "lúa gạo, tấn, 12,5"). */
public enum ContributionKind {
    MONEY,
    IN_KIND
}
