package vn.danvan.programme;

/**
 * How a contribution came in: to the campaign's account, in cash against a receipt, as goods, or passed up from a
 * lower level's campaign (NĐ 93/2021 Đ.9).
 */
public enum ContributionChannel {
    BANK,
    CASH,
    GOODS,
    TRANSFER
}
