package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.portal.PortalFixtures;

/** Password guessing is slowed at every door: staff form, HTTP Basic and the citizens' form. */
@DanvanIntegrationTest
class SignInThrottleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void noFailuresFromEarlierTests() {
        jdbc.sql("delete from shared.rate_bucket where id like 'sign-in-%'").update();
    }

    @Test
    void fortyWrongPasswordsOnTheStaffFormThenTheRightOneIsRefusedWhileTheAccountWaits() throws Exception {
        PortalFixtures.Setting setting = fixtures.setting();
        String username = setting.wardOfficer().username();
        for (int i = 0; i < 40; i++) {
            new WebSession(port).login(username, "sai-" + i);
        }
        HttpResponse<String> right = new WebSession(port).login(username, setting.wardOfficerPassword());
        assertThat(right.uri().getPath()).isEqualTo("/login");
        assertThat(right.body()).contains("Đã có quá nhiều lần đăng nhập sai").contains("phút");

        HttpResponse<String> basic = api(username, setting.wardOfficerPassword());
        assertThat(basic.statusCode()).isEqualTo(429);
        assertThat(basic.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(basic.headers().firstValue("Retry-After")).isPresent();
        assertThat(basic.body()).contains("quá nhiều lần đăng nhập sai");
    }

    @Test
    void fortyWrongPasswordsOverBasicThenTheRightOneIsRefusedWithRetryAfter() throws Exception {
        PortalFixtures.Setting setting = fixtures.setting();
        String username = setting.wardOfficer().username();
        assertThat(api(username, setting.wardOfficerPassword()).statusCode()).isEqualTo(200);
        for (int i = 0; i < 40; i++) {
            assertThat(api(username, "sai-" + i).statusCode()).isIn(401, 429);
        }
        HttpResponse<String> right = api(username, setting.wardOfficerPassword());
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
    }

    @Test
    void twentyWrongPasswordsAtOnceAreAllCountedSoTheWaitIsHoursNotMinutes() throws Exception {
        PortalFixtures.Setting setting = fixtures.setting();
        String username = setting.wardOfficer().username();
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            guesses.add(() -> api(username, "doan-" + n).statusCode());
        }
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<Integer> guess : pool.invokeAll(guesses)) {
                assertThat(guess.get()).isIn(401, 429);
            }
        }
        HttpResponse<String> right = api(username, setting.wardOfficerPassword());
        assertThat(right.statusCode()).isEqualTo(429);
        // Five failures would wait three minutes; twenty have spent the day's allowance as well.
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow()))
                .isGreaterThan(3600);
    }

    @Test
    void basicCredentialsOnTheOperatorsEndpointsAreThrottledToo() throws Exception {
        PortalFixtures.Setting setting = fixtures.setting();
        String username = setting.wardOfficer().username();
        for (int i = 0; i < 6; i++) {
            assertThat(basic("/actuator/prometheus", username, "sai-" + i).statusCode())
                    .isIn(401, 429);
        }
        assertThat(basic("/actuator/prometheus", username, setting.wardOfficerPassword())
                        .statusCode())
                .isEqualTo(429);
    }

    @Test
    void aCitizenAccountIsThrottledOnThePortalsFormInVietnamese() throws Exception {
        fixtures.setting();
        String email = "cong-dan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        WebSession citizen = new WebSession(port);
        citizen.get("/portal/register");
        citizen.post(
                "/portal/register",
                Map.of("fullName", "Lê Văn Dân", "email", email, "password", "mat-khau-cong-dan-dai"));
        for (int i = 0; i < 6; i++) {
            WebSession guesser = new WebSession(port);
            guesser.get("/portal/login");
            guesser.post("/portal/login", Map.of("login", email, "password", "sai-" + i));
        }
        WebSession owner = new WebSession(port);
        owner.get("/portal/login");
        HttpResponse<String> right =
                owner.post("/portal/login", Map.of("login", email.toUpperCase(), "password", "mat-khau-cong-dan-dai"));
        assertThat(right.uri().getPath()).isEqualTo("/portal/login");
        assertThat(right.body()).contains("Đã có quá nhiều lần đăng nhập sai");
    }

    private HttpResponse<String> api(String username, String password) throws Exception {
        return basic("/api/v1/petitions?size=1", username, password);
    }

    private HttpResponse<String> basic(String path, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + basic)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
