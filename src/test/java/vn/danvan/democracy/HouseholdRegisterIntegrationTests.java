package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.democracy.domain.Household;
import vn.danvan.shared.DomainException;

/**
 * The household register: a file is loaded whole or not at all (the malformed line named, nothing written), a
 * reload changes only what differs and keeps what it was, an edit keeps the old facts and the reason; all audited.
 */
@DanvanIntegrationTest
class HouseholdRegisterIntegrationTests {

    static final String HEADER = "thon,loai,ma_ho,chu_ho,nguoi_dai_dien,dia_chi,so_nhan_khau\n";

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    HouseholdRegister register;

    @Autowired
    JdbcClient jdbc;

    DemocracyFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    static String file() {
        return HEADER
                + "Thôn An Bình,thôn,H001,Nguyễn Văn An,Nguyễn Văn An,\"Xóm 1, An Bình\",4\n"
                + "Thôn An Bình,thôn,H002,Trần Thị Bình,Lê Văn Cường,,3\n"
                + "Tổ dân phố 5,tổ dân phố,H001,Phạm Văn Dũng,Phạm Văn Dũng,12 Lê Lợi,5\n";
    }

    int rows(String table) {
        return jdbc.sql("select count(*) from democracy." + table)
                .query(Integer.class)
                .single();
    }

    @Test
    void aFileIsLoadedWholeAndAReloadChangesOnlyWhatDiffersKeepingWhatItWas() {
        var officer = setting.thuanHoaOfficer();
        var first = register.importFile(setting.thuanHoa().id(), file(), officer);
        assertThat(first).isEqualTo(new HouseholdRegister.ImportResult(3, 0, 0));
        assertThat(register.register(setting.thuanHoa().id(), officer))
                .extracting(Household::hamletName, Household::code, Household::representativeName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Thôn An Bình", "H001", "Nguyễn Văn An"),
                        org.assertj.core.groups.Tuple.tuple("Thôn An Bình", "H002", "Lê Văn Cường"),
                        org.assertj.core.groups.Tuple.tuple("Tổ dân phố 5", "H001", "Phạm Văn Dũng"));

        String changed = file().replace("Trần Thị Bình,Lê Văn Cường,,3", "Trần Thị Bình,Trần Thị Bình,,2");
        assertThat(register.importFile(setting.thuanHoa().id(), changed, officer))
                .isEqualTo(new HouseholdRegister.ImportResult(0, 1, 2));
        Household h002 = register.register(setting.thuanHoa().id(), officer).get(1);
        assertThat(h002.representativeName()).isEqualTo("Trần Thị Bình");
        var history = register.history(h002.id());
        assertThat(history).extracting(c -> c.kind()).containsExactly("IMPORTED", "REIMPORTED");
        assertThat(history.get(1).before()).contains("Lê Văn Cường");
        assertThat(history.get(1).after()).contains("\"members\": 2");
        // The same file again adds and changes nothing, and leaves no history behind.
        assertThat(register.importFile(setting.thuanHoa().id(), changed, officer))
                .isEqualTo(new HouseholdRegister.ImportResult(0, 0, 3));
        assertThat(register.history(h002.id())).hasSize(2);
        assertThat(register.register(setting.thuanHoa().id(), officer)).hasSize(3);
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action = 'household.imported' and subject_id = ?")
                        .param(String.valueOf(setting.thuanHoa().id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aFileWithOneMalformedLineWritesNothingAndNamesTheLine() {
        int hamlets = rows("hamlet");
        int households = rows("household");
        String bad = file() + "Tổ dân phố 5,tổ dân phố,H002,Võ Văn Em,,,2\n";
        assertThatThrownBy(() -> register.importFile(setting.thuanHoa().id(), bad, setting.thuanHoaOfficer()))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("democracy.household.line-malformed");
                    assertThat(refused.arguments()[0]).isEqualTo(5);
                });
        assertThat(rows("hamlet")).isEqualTo(hamlets);
        assertThat(rows("household")).isEqualTo(households);
        assertThatThrownBy(() -> register.importFile(setting.thuanHoa().id(), file(), setting.phuXuanHead()))
                .hasMessage("democracy.out-of-scope");
        assertThatThrownBy(() -> register.importFile(setting.front().id(), file(), setting.frontStaff()))
                .hasMessage("democracy.not-a-publisher");
        assertThat(rows("household")).isEqualTo(households);
    }

    @Test
    void anEditKeepsWhatTheHouseholdWasAndWhyAndIsAudited() {
        var officer = setting.thuanHoaOfficer();
        register.importFile(setting.thuanHoa().id(), file(), officer);
        Household h001 = register.register(setting.thuanHoa().id(), officer).getFirst();
        register.edit(
                h001.id(),
                new HouseholdCommands.EditHousehold(
                        "Nguyễn Văn An", "Nguyễn Thị Hoa", "Xóm 1, An Bình", 4, "Ông An đi làm ăn xa, vợ đại diện"),
                officer);
        var history = register.history(h001.id());
        assertThat(history).extracting(c -> c.kind()).containsExactly("IMPORTED", "EDITED");
        assertThat(history.get(1).before()).contains("\"representativeName\": \"Nguyễn Văn An\"");
        assertThat(history.get(1).after()).contains("\"representativeName\": \"Nguyễn Thị Hoa\"");
        assertThat(history.get(1).note()).isEqualTo("Ông An đi làm ăn xa, vợ đại diện");
        assertThat(history.get(1).actor()).isEqualTo(officer.username());
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action = 'household.edited' and subject_id = ?")
                        .param(String.valueOf(h001.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> register.edit(
                        h001.id(), new HouseholdCommands.EditHousehold("A", "B", null, 1, null), setting.phuXuanHead()))
                .hasMessage("democracy.out-of-scope");
    }

    @Test
    void theImportPageNamesTheMalformedLineInVietnameseAndTheEditPageShowsTheHistory() throws Exception {
        var officer = setting.thuanHoaOfficer();
        WebSession session =
                WebSession.signedIn(port, officer.username(), DemocracyFixtures.PASSWORD_PREFIX + officer.username());
        session.get("/households?body=" + setting.thuanHoa().id());
        String bad = HEADER + "Thôn Mới " + UUID.randomUUID().toString().substring(0, 4)
                + ",thôn,H9,Đỗ Văn Giang,Đỗ Văn Giang,,không\n";
        var refused = upload(session, bad);
        assertThat(refused.body()).contains("Dòng 2: số nhân khẩu phải là số từ 1 đến 200. Không dòng nào được nạp.");
        var loaded = upload(session, file());
        assertThat(loaded.body()).contains("Đã nạp danh sách: thêm 3 hộ, cập nhật 0 hộ, 0 hộ không đổi.");
        Household h001 = register.register(setting.thuanHoa().id(), officer).getFirst();
        session.get("/households/" + h001.id());
        var saved = session.post(
                "/households/" + h001.id(),
                java.util.Map.of(
                        "headName", "Nguyễn Văn An",
                        "representativeName", "Nguyễn Thị Hoa",
                        "address", "Xóm 1, An Bình",
                        "members", "5",
                        "reason", "Thêm một cháu"));
        assertThat(saved.body())
                .contains("Đã lưu thay đổi của hộ.")
                .contains("Thêm một cháu")
                .contains("Nạp từ tệp")
                // The history names what changed and what it was, not the stored JSON.
                .contains(
                        "Người đại diện hộ: </span><span class=\"muted\">Nguyễn Văn An → </span><strong>Nguyễn Thị Hoa</strong>")
                .contains("Số nhân khẩu: </span><span class=\"muted\">4 → </span><strong>5</strong>")
                .doesNotContain("&quot;members&quot;");
        var blank = session.post(
                "/households/" + h001.id(),
                java.util.Map.of("headName", "", "representativeName", "X", "members", "0"));
        assertThat(blank.body()).contains("Vui lòng kiểm tra các trường được đánh dấu.");
    }

    java.net.http.HttpResponse<String> upload(WebSession session, String content) throws Exception {
        String boundary = "----danvan" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ho.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.postRaw(
                "/households/import?body=" + setting.thuanHoa().id() + "&_csrf="
                        + URLEncoder.encode(session.csrfToken(), StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }
}
