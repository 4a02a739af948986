package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.democracy.domain.Household;
import vn.danvan.portal.CitizenAccountManagement;

/**
 * The pages of "dân bàn và quyết định" over HTTP: an officer opens a matter with the form and issues a household's
 * code; the representative signs in at the portal, links the account with the code and votes, then changes the
 * vote; bad input gets a Vietnamese message and writes nothing, never a server error.
 */
@DanvanIntegrationTest
class MatterPageTests {

    static final String PASSWORD = "mat-khau-cong-dan-dai-2";
    static final Pattern LINK_CODE = Pattern.compile("class=\"tracking-code\">([A-Z0-9]{5}-[A-Z0-9]{5})<");

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    HouseholdRegister register;

    @Autowired
    CitizenAccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    DemocracyFixtures.Setting setting;
    WebSession officer;
    List<Household> households;

    @BeforeEach
    void setUp() throws Exception {
        setting = fixtures.setting();
        register.importFile(
                setting.thuanHoa().id(),
                HouseholdRegisterIntegrationTests.HEADER
                        + "Thôn Vỹ Dạ,thôn,V01,Hồ Văn Một,Hồ Văn Một,,4\n"
                        + "Thôn Vỹ Dạ,thôn,V02,Hồ Thị Hai,Hồ Thị Hai,,3\n"
                        + "Thôn Vỹ Dạ,thôn,V03,Hồ Văn Ba,Hồ Văn Ba,,2\n",
                setting.thuanHoaOfficer());
        households = register.register(setting.thuanHoa().id(), setting.thuanHoaOfficer());
        var staff = setting.thuanHoaOfficer();
        officer = WebSession.signedIn(port, staff.username(), DemocracyFixtures.PASSWORD_PREFIX + staff.username());
    }

    Map<String, String> openForm(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", Long.toString(setting.thuanHoa().id()));
        form.put("hamlet", Long.toString(households.getFirst().hamletId()));
        form.put("category", "K6");
        form.put("form", "ONLINE");
        form.put("title", title);
        form.put("question", "Lắp camera an ninh ở cổng thôn?");
        form.put("onlineAgreedHouseholds", "2");
        form.put("closesAt", LocalDateTime.now().plusDays(2).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        return form;
    }

    int matters() {
        return jdbc.sql("select count(*) from democracy.matter where body_id = ?")
                .param(setting.thuanHoa().id())
                .query(Integer.class)
                .single();
    }

    @Test
    void anOfficerOpensAMatterAndARepresentativeLinksTheAccountVotesAndChangesTheVote() throws Exception {
        officer.get("/matters?body=" + setting.thuanHoa().id());
        var opened = officer.post("/matters", openForm("Camera an ninh cổng thôn"));
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.uri().getPath()).matches("/matters/\\d+");
        assertThat(opened.body()).contains("Camera an ninh cổng thôn").contains("Đang lấy biểu quyết");
        long matter = Long.parseLong(opened.uri().getPath().substring("/matters/".length()));

        long v01 = households.getFirst().id();
        officer.get("/households/" + v01);
        var issued = officer.post("/households/" + v01 + "/link-code", Map.of());
        Matcher code = LINK_CODE.matcher(issued.body());
        assertThat(code.find()).isTrue();
        // Shown once only.
        assertThat(LINK_CODE.matcher(officer.get("/households/" + v01).body()).find())
                .isFalse();

        String email = "v01-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        accounts.register(new CitizenAccountManagement.RegisterCitizen("Hồ Văn Một", email, null, PASSWORD));
        WebSession citizen = new WebSession(port);
        citizen.get("/portal/login");
        citizen.post("/portal/login", Map.of("login", email, "password", PASSWORD));
        citizen.get("/portal/matters/link");
        var wrong = citizen.post("/portal/matters/link", Map.of("code", "AAAAA-AAAAA"));
        assertThat(wrong.body()).contains("Mã liên kết không đúng hoặc đã được dùng.");
        var linked = citizen.post("/portal/matters/link", Map.of("code", code.group(1)));
        assertThat(linked.body()).contains("Đã liên kết tài khoản với hộ.");

        String page = "/portal/matters/" + TestUnits.THUAN_HOA + "/" + matter;
        assertThat(citizen.get(page).body()).contains("Hộ V01 – Thôn Vỹ Dạ").contains("có thể chậm hơn thực tế");
        var voted = citizen.post(page + "/vote", Map.of("household", Long.toString(v01), "choice", "DISAGREE"));
        assertThat(voted.body()).contains("Đã ghi biểu quyết của hộ.").contains("Hộ đã chọn: Không đồng ý");
        citizen.get(page);
        var changed = citizen.post(page + "/vote", Map.of("household", Long.toString(v01), "choice", "AGREE"));
        assertThat(changed.body()).contains("Hộ đã chọn: Đồng ý");
        // Another household of the same hamlet is not theirs.
        citizen.get(page);
        var notTheirs = citizen.post(
                page + "/vote",
                Map.of("household", Long.toString(households.get(1).id()), "choice", "AGREE"));
        assertThat(notTheirs.body()).contains("không phải người đại diện của hộ này");
        assertThat(jdbc.sql("select count(*) from democracy.matter_vote where matter_id = ?")
                        .param(matter)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // The page's ballots as JSON carry the same token as the page's form, for the citizen's household only.
        Matcher formToken = Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                .matcher(citizen.get(page).body());
        assertThat(formToken.find()).isTrue();
        String json = citizen.get(page + "/ballots").body();
        assertThat(json)
                .contains("\"household\":" + v01)
                .contains("\"token\":\"" + formToken.group(1) + "\"")
                .doesNotContain("\"household\":" + households.get(1).id());

        // The officer sees who took part and how, never what the household chose.
        String staffPage = officer.get("/matters/" + matter).body();
        assertThat(staffPage).contains("Sổ các hộ đã tham gia");
        int start = staffPage.indexOf("<details id=\"participants\">");
        String register = staffPage.substring(start, staffPage.indexOf("</details>", start));
        assertThat(register).contains("V01").contains("Hồ Văn Một").contains("Trực tuyến");
        assertThat(register).doesNotContain("V02").doesNotContain("Đồng ý").doesNotContain("AGREE");

        // Without signing in, a vote leads to the sign-in page and writes nothing.
        WebSession stranger = new WebSession(port);
        stranger.get("/portal/login");
        var anonymous = stranger.post(page + "/vote", Map.of("household", Long.toString(v01), "choice", "AGREE"));
        assertThat(anonymous.uri().getPath()).isEqualTo("/portal/login");
        assertThat(new WebSession(port).get(page + "/ballots").body()).isEqualTo("[]");
    }

    @Test
    void badInputIsRefusedInVietnameseWithoutAServerErrorAndWritesNothing() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Map<String, String>> bad = new ArrayList<>();
        bad.add(Map.of("title", ""));
        bad.add(Map.of("closesAt", ""));
        bad.add(Map.of("closesAt", "2020-01-01T10:00"));
        bad.add(Map.of("closesAt", "ngày mai"));
        bad.add(Map.of("category", "K9"));
        bad.add(Map.of("form", "SMS"));
        bad.add(Map.of("hamlet", "abc"));
        bad.add(Map.of("hamlet", "999999999"));
        bad.add(Map.of("onlineAgreedHouseholds", "-1"));
        bad.add(Map.of("onlineAgreedHouseholds", "1"));
        bad.add(Map.of("onlineAgreedHouseholds", "99999999999"));
        bad.add(Map.of("category", "K2"));
        bad.add(Map.of("title", "x".repeat(501)));
        bad.add(Map.of("question", "Câu hỏi\u0000"));
        bad.add(Map.of("body", Long.toString(setting.phuXuan().id())));
        int before = matters();
        for (Map<String, String> change : bad) {
            Map<String, String> form = openForm("Nội dung lỗi");
            form.putAll(change);
            officer.get("/matters?body=" + setting.thuanHoa().id());
            HttpResponse<String> response = officer.post("/matters", form);
            int status = response.statusCode();
            if (status >= 500 || status == 200 && !response.body().contains("class=\"alert error\"")) {
                problems.add(change + " → " + status);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(matters()).isEqualTo(before);

        officer.get("/matters?body=" + setting.thuanHoa().id());
        long matter = Long.parseLong(officer.post("/matters", openForm("Nội dung đúng"))
                .uri()
                .getPath()
                .substring("/matters/".length()));
        String hamlet = Long.toString(households.getFirst().hamletId());
        List<Map<String, String>> badBallots = List.of(
                Map.of("hamlet", hamlet, "lines", "V01"),
                Map.of("hamlet", hamlet, "lines", "V09, 1"),
                Map.of("hamlet", hamlet, "lines", "V01, 1\nV01, 2"),
                Map.of("hamlet", "abc", "lines", "V01, 1"),
                Map.of("lines", "V01, 1"),
                Map.of("hamlet", hamlet, "lines", ""));
        for (Map<String, String> form : badBallots) {
            officer.get("/matters/" + matter);
            HttpResponse<String> response = officer.post("/matters/" + matter + "/ballots", form);
            if (response.statusCode() >= 500
                    || response.statusCode() == 200 && !response.body().contains("class=\"alert error\"")) {
                problems.add(form + " → " + response.statusCode());
            }
        }
        officer.get("/matters/" + matter);
        var early = officer.post("/matters/" + matter + "/close", Map.of());
        assertThat(early.body()).contains("Biểu quyết trực tuyến chỉ kết thúc khi đến thời điểm đã công bố.");
        for (String path : List.of("/matters/abc", "/matters/999999999", "/matters/999999999/minutes.pdf")) {
            if (officer.get(path).statusCode() >= 500) {
                problems.add(path);
            }
        }
        assertThat(officer.get("/matters/" + matter + "/minutes.pdf").statusCode())
                .isEqualTo(404);
        assertThat(problems).isEmpty();
        assertThat(jdbc.sql("select count(*) from democracy.matter_vote where matter_id = ?")
                        .param(matter)
                        .query(Integer.class)
                        .single())
                .isZero();

        var phuXuan = setting.phuXuanHead();
        WebSession other =
                WebSession.signedIn(port, phuXuan.username(), DemocracyFixtures.PASSWORD_PREFIX + phuXuan.username());
        assertThat(other.get("/matters/" + matter).statusCode()).isEqualTo(403);
    }

    @Test
    void aRepresentativeDelegatesTheVoteOnThePageTheDelegateEntersTheCodeVotesAndTheRepresentativeRevokes()
            throws Exception {
        officer.get("/matters?body=" + setting.thuanHoa().id());
        long matter = Long.parseLong(officer.post("/matters", openForm("Giờ thắp đèn đường"))
                .uri()
                .getPath()
                .substring("/matters/".length()));
        long v02 = households.get(1).id();
        officer.get("/households/" + v02);
        Matcher link = LINK_CODE.matcher(
                officer.post("/households/" + v02 + "/link-code", Map.of()).body());
        assertThat(link.find()).isTrue();
        WebSession representative = citizen("Hồ Thị Hai");
        representative.get("/portal/matters/link");
        representative.post("/portal/matters/link", Map.of("code", link.group(1)));

        String page = "/portal/matters/" + TestUnits.THUAN_HOA + "/" + matter;
        representative.get(page);
        var delegated =
                representative.post(page + "/delegate", Map.of("household", Long.toString(v02), "scope", "MATTER"));
        Matcher code = Pattern.compile("Mã ủy quyền \\(chỉ hiện một lần\\): ([A-Z0-9]{5}-[A-Z0-9]{5})")
                .matcher(delegated.body());
        assertThat(code.find()).isTrue();
        assertThat(delegated.body()).contains("đang chờ người được ủy quyền nhập mã");

        WebSession delegate = citizen("Hồ Văn Tư");
        delegate.get("/portal/matters/link");
        assertThat(delegate.post("/portal/matters/delegations", Map.of("code", "AAAAA-AAAAA"))
                        .body())
                .contains("Mã ủy quyền không đúng");
        assertThat(delegate.post("/portal/matters/delegations", Map.of("code", code.group(1)))
                        .body())
                .contains("Đã nhận ủy quyền biểu quyết thay hộ.");
        assertThat(delegate.get(page).body()).contains("Hộ V02 – Thôn Vỹ Dạ").contains("theo ủy quyền");
        assertThat(representative.get(page).body()).contains("chỉ phiếu của người được ủy quyền được tính");

        var revoked = representative.post(page + "/revoke-delegation", Map.of("household", Long.toString(v02)));
        assertThat(revoked.body()).contains("Đã thu hồi ủy quyền");
        assertThat(delegate.get(page).body()).doesNotContain("Hộ V02 – Thôn Vỹ Dạ");
        assertThat(jdbc.sql("select count(*) from democracy.matter_vote where matter_id = ?")
                        .param(matter)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    WebSession citizen(String name) throws Exception {
        String email = "uy-quyen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        accounts.register(new CitizenAccountManagement.RegisterCitizen(name, email, null, PASSWORD));
        WebSession session = new WebSession(port);
        session.get("/portal/login");
        session.post("/portal/login", Map.of("login", email, "password", PASSWORD));
        return session;
    }
}
