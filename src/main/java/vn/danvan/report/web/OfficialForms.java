package vn.danvan.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionType;
import vn.danvan.report.PetitionHandlingLine;
import vn.danvan.report.PetitionHandlingReport;
import vn.danvan.report.PetitionHandlingReports;
import vn.danvan.report.domain.OfficialForm;
import vn.danvan.report.domain.PartySecretaryReport;
import vn.danvan.report.domain.PartySecretaryReports;
import vn.danvan.report.domain.ReceptionReport;
import vn.danvan.report.domain.ReceptionReports;
import vn.danvan.report.domain.ReportScope;
import vn.danvan.report.domain.ResolutionColumn;
import vn.danvan.report.domain.ResolutionReport;
import vn.danvan.report.domain.ResolutionReports;
import vn.danvan.shared.DomainException;

/**
 * Puts each statutory report into the layout of its official form ({@link OfficialForm}): Biểu 01/TCD, 02/XLD,
 * 03/KQGQKN, 04/KQGQTC of Thông tư 02/2021/TT-TTCP and the QĐ 11 report. The inspectorate's forms have one row per
 * reporting unit — the total, then the body and each subordinate it covers — and numbered columns; the QĐ 11 report
 * has one row per figure. Which columns each form has, and their order, is [K] (docs/law/rules.md B6): the pages say so.
 */
@Component
public class OfficialForms {

    /** The forms, by the short name the URLs use. */
    public enum Kind {
        F01("01"),
        F02("02"),
        F03("03"),
        F04("04"),
        QD11("qd11");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        public static Kind of(String path) {
            return Arrays.stream(values())
                    .filter(kind -> kind.path.equals(path))
                    .findFirst()
                    .orElseThrow(() -> DomainException.notFound("report.official.unknown", path));
        }
    }

    /** The most bodies a form lists row by row; beyond, only the total (a province has thousands of bodies). */
    static final int MOST_ROWS = 300;

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final PetitionHandlingReports petitions;
    private final ReceptionReports reception;
    private final ResolutionReports resolution;
    private final PartySecretaryReports secretaries;
    private final ReportScope scope;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;

    OfficialForms(
            PetitionHandlingReports petitions,
            ReceptionReports reception,
            ResolutionReports resolution,
            PartySecretaryReports secretaries,
            ReportScope scope,
            OrganizationDirectory organization,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.petitions = petitions;
        this.reception = reception;
        this.resolution = resolution;
        this.secretaries = secretaries;
        this.scope = scope;
        this.organization = organization;
        this.messages = messages;
    }

    /**
     * The form for {@code body} (the staff member's own when null), optionally with its subordinates, from
     * {@code from} to {@code to}; the QĐ 11 report is of {@code head}, by default the Party secretary of the body.
     */
    public OfficialForm build(
            Kind kind,
            @Nullable Long body,
            LocalDate from,
            LocalDate to,
            boolean subordinates,
            @Nullable Long head,
            StaffMember staff,
            Locale locale) {
        return switch (kind) {
            case F01 -> reception(body, from, to, subordinates, staff, locale);
            case F02 -> petitionHandling(body, from, to, subordinates, staff, locale);
            case F03 -> resolution(ResolutionReport.Form.COMPLAINTS, body, from, to, subordinates, staff, locale);
            case F04 -> resolution(ResolutionReport.Form.DENUNCIATIONS, body, from, to, subordinates, staff, locale);
            case QD11 -> partySecretary(body, from, to, head, staff, locale);
        };
    }

    // ---- Biểu 01/TCD ---------------------------------------------------------------------------------------

    private OfficialForm reception(
            @Nullable Long body, LocalDate from, LocalDate to, boolean subordinates, StaffMember staff, Locale locale) {
        List<OfficialForm.Column> columns = new ArrayList<>();
        for (String part : List.of("REGULAR", "HEAD_LED")) {
            for (String figure : BREAKDOWN) {
                columns.add(column(
                        columns,
                        part + "_" + figure,
                        "report.official.01.group." + part,
                        "report.official.01.col." + figure,
                        locale));
            }
        }
        for (String content : CONTENT) {
            columns.add(column(
                    columns,
                    "CONTENT_" + content,
                    "report.official.01.group." + content.substring(0, content.indexOf('_')),
                    "report.official.01.col." + content,
                    locale));
        }
        for (String result : List.of("ANSWERED", "PETITIONS_MADE", "REFUSED")) {
            columns.add(column(
                    columns,
                    "RESULT_" + result,
                    "report.official.01.group.RESULT",
                    "report.official.01.col." + result,
                    locale));
        }
        return byUnit(
                Kind.F01,
                body,
                from,
                to,
                subordinates,
                staff,
                locale,
                columns,
                (id, whole) -> receptionValues(reception.compile(id, from, to, whole, staff)));
    }

    private static final List<String> BREAKDOWN = List.of(
            "VISITS", "PEOPLE", "OLD", "NEW", "DELEGATIONS", "DELEGATION_PEOPLE", "DELEGATION_OLD", "DELEGATION_NEW");

    private static final List<String> CONTENT = List.of(
            "COMPLAINT_LAND",
            "COMPLAINT_HOUSING",
            "COMPLAINT_POLICY",
            "COMPLAINT_OTHER",
            "COMPLAINT_JUSTICE",
            "COMPLAINT_PARTY",
            "DENUNCIATION_ADMINISTRATIVE",
            "DENUNCIATION_JUSTICE",
            "DENUNCIATION_CORRUPTION",
            "DENUNCIATION_PARTY",
            "RECOMMENDATION_FEEDBACK");

    /** The content column of Biểu 01/TCD a visit of this type and field counts in. */
    static String contentColumn(PetitionType type, String field) {
        return switch (type) {
            case COMPLAINT ->
                switch (field) {
                    case "LAND", "HOUSING", "POLICY", "JUSTICE", "PARTY" -> "COMPLAINT_" + field;
                    default -> "COMPLAINT_OTHER";
                };
            case DENUNCIATION ->
                switch (field) {
                    case "JUSTICE", "CORRUPTION", "PARTY" -> "DENUNCIATION_" + field;
                    default -> "DENUNCIATION_ADMINISTRATIVE";
                };
            case RECOMMENDATION, FEEDBACK -> "RECOMMENDATION_FEEDBACK";
        };
    }

    private static List<BigDecimal> receptionValues(ReceptionReport report) {
        List<BigDecimal> values = new ArrayList<>();
        for (ReceptionReport.Breakdown b : List.of(report.regular(), report.headLed())) {
            for (int value : new int[] {
                b.visits(),
                b.people(),
                b.oldMatters(),
                b.newMatters(),
                b.delegations(),
                b.delegationPeople(),
                b.delegationOldMatters(),
                b.delegationNewMatters()
            }) {
                values.add(BigDecimal.valueOf(value));
            }
        }
        for (String content : CONTENT) {
            values.add(BigDecimal.valueOf(report.byContent().stream()
                    .filter(row -> contentColumn(row.type(), row.fieldCode()).equals(content))
                    .mapToInt(ReceptionReport.ContentRow::visits)
                    .sum()));
        }
        values.add(BigDecimal.valueOf(report.results().answered()));
        values.add(BigDecimal.valueOf(report.results().petitionsMade()));
        values.add(BigDecimal.valueOf(report.results().refused()));
        return values;
    }

    // ---- Biểu 02/XLD ---------------------------------------------------------------------------------------

    private OfficialForm petitionHandling(
            @Nullable Long body, LocalDate from, LocalDate to, boolean subordinates, StaffMember staff, Locale locale) {
        List<OfficialForm.Column> columns = new ArrayList<>();
        PetitionHandlingLine[] lines = PetitionHandlingLine.values();
        PetitionHandlingLine top = lines[0];
        PetitionHandlingLine parent = lines[0];
        for (int i = 0; i < lines.length; i++) {
            PetitionHandlingLine line = lines[i];
            boolean hasChildren = i + 1 < lines.length && lines[i + 1].depth() > line.depth();
            if (line.depth() == 0) {
                top = line;
            }
            String group = hasChildren || line.depth() > 0 ? text(top.labelKey(), locale) : null;
            String label;
            if (line.depth() == 0) {
                label = hasChildren ? text("report.official.col.total", locale) : text(line.labelKey(), locale);
            } else if (line.depth() == 2) {
                label = text(parent.labelKey(), locale) + ": " + text(line.labelKey(), locale);
            } else {
                label = text(line.labelKey(), locale);
            }
            if (line.depth() == 1) {
                parent = line;
            }
            columns.add(new OfficialForm.Column(line.name(), String.valueOf(columns.size() + 1), group, label));
        }
        return byUnit(Kind.F02, body, from, to, subordinates, staff, locale, columns, (id, whole) -> {
            PetitionHandlingReport report = petitions.compile(id, from, to, whole, staff);
            return report.lines().stream()
                    .map(line -> BigDecimal.valueOf(line.value()))
                    .toList();
        });
    }

    // ---- Biểu 03/KQGQKN and 04/KQGQTC -------------------------------------------------------------------------

    private OfficialForm resolution(
            ResolutionReport.Form form,
            @Nullable Long body,
            LocalDate from,
            LocalDate to,
            boolean subordinates,
            StaffMember staff,
            Locale locale) {
        Kind kind = form == ResolutionReport.Form.COMPLAINTS ? Kind.F03 : Kind.F04;
        List<ResolutionColumn> shown = Arrays.stream(ResolutionColumn.values())
                .filter(column -> column.inForm(form))
                .toList();
        List<OfficialForm.Column> columns = new ArrayList<>();
        for (ResolutionColumn column : shown) {
            columns.add(column(
                    columns,
                    column.name(),
                    "report.official." + kind.path() + ".group." + column.group(),
                    "report.official." + kind.path() + ".col." + column.name(),
                    locale));
        }
        ResolutionReport report = resolution.compile(form, body, from, to, subordinates, staff);
        Function<java.util.Map<ResolutionColumn, BigDecimal>, List<BigDecimal>> values = figures -> shown.stream()
                .map(column -> {
                    BigDecimal value = figures.getOrDefault(column, BigDecimal.ZERO);
                    return column.money() ? millions(value) : value;
                })
                .toList();
        List<OfficialForm.Row> rows = new ArrayList<>();
        if (!subordinates) {
            rows.add(new OfficialForm.Row("1", report.bodyName(), 0, values.apply(report.total())));
        } else {
            rows.add(new OfficialForm.Row(
                    "1", text("report.official.row.total", locale), 0, values.apply(report.total())));
            if (report.bodies().size() <= MOST_ROWS) {
                int n = 1;
                for (ResolutionReport.BodyFigures figures : report.bodies()) {
                    rows.add(new OfficialForm.Row("1." + n++, figures.bodyName(), 1, values.apply(figures.figures())));
                }
            }
        }
        Body reporting = organization.body(report.bodyId()).orElseThrow();
        return form(kind, reporting, from, to, columns, rows, locale, text("report.official.head", locale), null);
    }

    /** Đồng to millions of đồng (triệu đồng), to the đồng. */
    static BigDecimal millions(BigDecimal dong) {
        BigDecimal millions = dong.divide(MILLION, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return millions.scale() < 0 ? millions.setScale(0) : millions;
    }

    // ---- QĐ 11 ----------------------------------------------------------------------------------------------

    private OfficialForm partySecretary(
            @Nullable Long body, LocalDate from, LocalDate to, @Nullable Long head, StaffMember staff, Locale locale) {
        long headId;
        if (head != null) {
            headId = head;
        } else {
            long bodyId = body == null ? staff.bodyId() : body;
            scope.cover(bodyId, from, to, false, staff);
            headId = secretaries
                    .secretaryOf(bodyId, staff)
                    .orElseThrow(() -> DomainException.notFound("report.qd11.head-unknown"))
                    .id();
        }
        PartySecretaryReport report = secretaries.compile(headId, from, to, staff);
        List<OfficialForm.Column> columns =
                List.of(new OfficialForm.Column("VALUE", "1", null, text("report.qd11.value", locale)));
        List<OfficialForm.Row> rows = new ArrayList<>();
        int top = 0;
        int sub = 0;
        for (PartySecretaryReportPages.Line line : PartySecretaryReportPages.lines(report)) {
            String code;
            if (line.depth() == 0) {
                code = String.valueOf(++top);
                sub = 0;
            } else {
                code = top + "." + ++sub;
            }
            rows.add(new OfficialForm.Row(
                    code,
                    text("report.qd11.line." + line.key(), locale),
                    line.depth(),
                    List.of(BigDecimal.valueOf(line.value()))));
        }
        Body committee = secretaries.secretaries(staff).stream()
                .filter(h -> h.id() == headId)
                .findFirst()
                .flatMap(h -> organization.body(h.bodyId()))
                .orElseThrow();
        return form(
                Kind.QD11,
                committee,
                from,
                to,
                columns,
                rows,
                locale,
                text("report.official.qd11.head", locale),
                report.headName());
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    /**
     * A form with one row per unit: the body alone; or the total of the body and its subordinates, then each of
     * them, the reporting body first.
     */
    private OfficialForm byUnit(
            Kind kind,
            @Nullable Long body,
            LocalDate from,
            LocalDate to,
            boolean subordinates,
            StaffMember staff,
            Locale locale,
            List<OfficialForm.Column> columns,
            BiFunction<Long, Boolean, List<BigDecimal>> values) {
        ReportScope.Covered covered = scope.cover(body, from, to, subordinates, staff);
        long id = covered.body().id();
        List<OfficialForm.Row> rows = new ArrayList<>();
        if (!subordinates) {
            rows.add(new OfficialForm.Row("1", covered.body().name(), 0, values.apply(id, false)));
        } else {
            rows.add(new OfficialForm.Row("1", text("report.official.row.total", locale), 0, values.apply(id, true)));
            if (covered.bodyIds().size() <= MOST_ROWS) {
                List<Body> units = covered.bodyIds().stream()
                        .map(organization::body)
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing((Body b) -> b.id() != id).thenComparing(Body::name))
                        .toList();
                int n = 1;
                for (Body unit : units) {
                    rows.add(new OfficialForm.Row("1." + n++, unit.name(), 1, values.apply(unit.id(), false)));
                }
            }
        }
        return form(kind, covered.body(), from, to, columns, rows, locale, text("report.official.head", locale), null);
    }

    private OfficialForm form(
            Kind kind,
            Body body,
            LocalDate from,
            LocalDate to,
            List<OfficialForm.Column> columns,
            List<OfficialForm.Row> rows,
            Locale locale,
            String headTitle,
            @Nullable String headName) {
        String prefix = "report.official." + kind.path() + ".";
        String superior = body.superiorId() == null
                ? null
                : organization.body(body.superiorId()).map(Body::name).orElse(null);
        String place = body.provinceCode() == null
                ? "……"
                : organization
                        .province(body.provinceCode())
                        .map(AdministrativeUnit::name)
                        .orElse("……");
        boolean oneRowPerUnit = kind != Kind.QD11;
        return new OfficialForm(
                kind.path(),
                text(prefix + "code", locale),
                text(prefix + "title", locale),
                text(prefix + "basis", locale),
                body.name(),
                superior,
                from,
                to,
                text(prefix + "unit", locale),
                text(oneRowPerUnit ? "report.official.heading.code" : "report.official.heading.number", locale),
                text(oneRowPerUnit ? "report.official.heading.unit" : "report.official.heading.content", locale),
                columns,
                rows,
                place,
                LocalDate.now(clock),
                headTitle,
                headName,
                messages.getMessage(prefix + "note", null, null, locale));
    }

    private OfficialForm.Column column(
            List<OfficialForm.Column> before, String key, String groupKey, String labelKey, Locale locale) {
        return new OfficialForm.Column(
                key, String.valueOf(before.size() + 1), text(groupKey, locale), text(labelKey, locale));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNull(
                messages.getMessage(key, arguments, key, locale), "the key is the default message");
    }
}
