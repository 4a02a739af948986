package vn.danvan.programme.domain;

import java.util.List;

/**
 * The column mapping of a bank's statement export (sao kê) saved as CSV. The banks do not publish their export
 * layouts: the header names below are those of the statements seen in practice (internet-banking exports of
 * VCB Digibank, VietinBank iPay/eFAST, BIDV SmartBanking/iBank, Agribank E-Mobile/Internet Banking, saved from the
 * spreadsheet as CSV) and are therefore a documented, configurable default [K], not a specification: a column is
 * found by its header (case, diacritics and a trailing "(VND)" ignored), whatever its position, and the rows above
 * the header (the account's particulars) are skipped. {@link #GENERIC} is the layout to convert any other export to;
 * the sample files are in src/test/resources/programme/statements/.
 */
public enum BankStatementFormat {
    VIETCOMBANK(
            "Vietcombank",
            List.of("ngay giao dich", "ngay gd"),
            List.of("so tham chieu", "so ct", "ma giao dich"),
            List.of("so tien ghi co", "ghi co"),
            List.of("so tien ghi no", "ghi no"),
            List.of("mo ta", "noi dung", "dien giai")),
    VIETINBANK(
            "VietinBank",
            List.of("ngay giao dich", "ngay hach toan"),
            List.of("so giao dich", "ma giao dich", "so tham chieu"),
            List.of("ghi co", "so tien ghi co", "phat sinh co"),
            List.of("ghi no", "so tien ghi no", "phat sinh no"),
            List.of("mo ta giao dich", "noi dung giao dich", "mo ta", "noi dung")),
    BIDV(
            "BIDV",
            List.of("ngay hieu luc", "ngay giao dich"),
            List.of("so tham chieu", "so but toan", "ma giao dich"),
            List.of("ghi co", "so tien ghi co", "phat sinh co"),
            List.of("ghi no", "so tien ghi no", "phat sinh no"),
            List.of("mo ta", "noi dung giao dich", "noi dung")),
    AGRIBANK(
            "Agribank",
            List.of("ngay gd", "ngay giao dich"),
            List.of("so ct", "so chung tu", "so tham chieu"),
            List.of("phat sinh co", "so tien co", "ghi co"),
            List.of("phat sinh no", "so tien no", "ghi no"),
            List.of("dien giai", "noi dung", "mo ta")),
    GENERIC(
            "CSV chung",
            List.of("date", "ngay"),
            List.of("reference", "ma giao dich"),
            List.of("credit", "so tien ghi co"),
            List.of("debit", "so tien ghi no"),
            List.of("description", "noi dung"));

    private final String label;
    private final List<String> date;
    private final List<String> reference;
    private final List<String> credit;
    private final List<String> debit;
    private final List<String> description;

    BankStatementFormat(
            String label,
            List<String> date,
            List<String> reference,
            List<String> credit,
            List<String> debit,
            List<String> description) {
        this.label = label;
        this.date = date;
        this.reference = reference;
        this.credit = credit;
        this.debit = debit;
        this.description = description;
    }

    public String label() {
        return label;
    }

    List<String> date() {
        return date;
    }

    List<String> reference() {
        return reference;
    }

    List<String> credit() {
        return credit;
    }

    List<String> debit() {
        return debit;
    }

    List<String> description() {
        return description;
    }
}
