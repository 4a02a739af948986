package vn.danvan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.open311.ApiClientManagement;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;

/** Without demo data (the tests' run), the demo's published logins and Open311 key open nothing. */
@DanvanIntegrationTest
class DemoLockdownIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    ApiClientManagement apiClients;

    @Autowired
    DemoLockdown lockdown;

    int apiStatus(String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/petitions/fields"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void aDatabaseThatOnceHadTheDemoKeepsNoDemoLoginNorKeyAndTheSignInPageSaysNothingOfADemo() throws Exception {
        // As a database where the demo was loaded, then used without it.
        Body body = administration.addBody(
                "DEMO-CU", "UBND mẫu cũ", BodyKind.PEOPLES_COMMITTEE, UnitLevel.PROVINCE, null, null, null);
        administration.addStaff(
                "xuly", DemoData.PASSWORD, "Cán bộ mẫu", null, body.id(), EnumSet.of(Role.CASE_HANDLER), false);
        administration.addStaff(
                "phuong",
                "mat-khau-rieng-da-doi",
                "Cán bộ đã đổi mật khẩu",
                null,
                body.id(),
                EnumSet.of(Role.CASE_HANDLER),
                false);
        apiClients.register("Ứng dụng mẫu", null, DemoData.OPEN311_KEY);
        assertThat(apiStatus("xuly", DemoData.PASSWORD)).isEqualTo(200);
        WebSession signedIn = new WebSession(port);
        signedIn.get("/login");
        signedIn.post("/login", java.util.Map.of("username", "xuly", "password", DemoData.PASSWORD));
        assertThat(signedIn.get("/petitions").uri().getPath()).isEqualTo("/petitions");

        lockdown.run(null);

        assertThat(signedIn.get("/petitions").uri().getPath())
                .as("the demo login's session ends too")
                .isEqualTo("/login");

        assertThat(apiStatus("xuly", DemoData.PASSWORD)).isEqualTo(401);
        assertThat(apiStatus("phuong", "mat-khau-rieng-da-doi")).isEqualTo(200);
        assertThat(apiClients.authenticate(DemoData.OPEN311_KEY)).isEmpty();
        var login = new WebSession(port).get("/login");
        assertThat(login.body()).doesNotContain(DemoData.PASSWORD).doesNotContain("bản dùng thử");
    }
}
