package vn.danvan.report.domain;

/**
 * The columns of the result forms — Biểu 03 (kết quả giải quyết khiếu nại) and Biểu 04 (kết quả giải quyết tố cáo)
 * of Thông tư 02/2021/TT-TTCP — in the forms' order, with the group each stands under. The column set follows the
 * forms as docs/law/rules.md B6 describes them, which is [K] (secondary knowledge of the forms): check the codes against the
 * circular's annex before relying on them; the order and labels are data here so a correction is one line. A case
 * (vụ việc) is a petition accepted within competence (thụ lý); the figures of columns from RESOLVED on count the
 * cases resolved in the period.
 */
public enum ResolutionColumn {
    TOTAL("COMPETENCE", true, true, false),
    CARRIED_OVER("COMPETENCE", true, true, false),
    NEW_CASES("COMPETENCE", true, true, false),
    RESOLVED("RESOLVED", true, true, false),
    WITHDRAWN("RESOLVED", true, true, false),
    BY_DECISION("RESOLVED", true, true, false),
    RIGHT("ANALYSIS", true, true, false),
    WRONG("ANALYSIS", true, true, false),
    PARTLY_RIGHT("ANALYSIS", true, true, false),
    FIRST_INSTANCE("INSTANCE", true, false, false),
    SECOND_INSTANCE("INSTANCE", true, false, false),
    FIRST_DECISION_UPHELD("INSTANCE", true, false, false),
    FIRST_DECISION_REVERSED("INSTANCE", true, false, false),
    MONEY_TO_STATE("TO_STATE", true, true, true),
    LAND_TO_STATE("TO_STATE", true, true, false),
    MONEY_TO_CITIZENS("TO_CITIZENS", true, true, true),
    LAND_TO_CITIZENS("TO_CITIZENS", true, true, false),
    PEOPLE_RESTORED("TO_CITIZENS", true, true, false),
    PEOPLE_SANCTION("SANCTION", true, true, false),
    INVESTIGATION_CASES("INVESTIGATION", true, true, false),
    INVESTIGATION_SUBJECTS("INVESTIGATION", true, true, false),
    ON_TIME("TIME", true, true, false),
    LATE("TIME", true, true, false),
    IN_PROGRESS("CARRIED_FORWARD", true, true, false);

    private final String group;
    private final boolean complaints;
    private final boolean denunciations;
    private final boolean money;

    ResolutionColumn(String group, boolean complaints, boolean denunciations, boolean money) {
        this.group = group;
        this.complaints = complaints;
        this.denunciations = denunciations;
        this.money = money;
    }

    /** The key of the group heading the column stands under. */
    public String group() {
        return group;
    }

    public boolean inForm(ResolutionReport.Form form) {
        return form == ResolutionReport.Form.COMPLAINTS ? complaints : denunciations;
    }

    /** Money columns are kept in đồng and shown in millions (triệu đồng), the forms' unit. */
    public boolean money() {
        return money;
    }

    /** The query's column alias of the figure. */
    String alias() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
