package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

/** Tracking codes are looked up at a bounded rate per address: each code counts, on the portal and in Open311. */
@DanvanIntegrationTest
class LookupLimitsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void everyAddressHasItsWholeBudget() {
        jdbc.sql("delete from shared.rate_bucket where id like 'lookup:%'").update();
    }

    @Test
    void theTrackingPageAnswersAHundredLookupsAMinuteThenAsksToComeBackLaterInVietnamese() throws Exception {
        fixtures.setting();
        String code = fixtures.submit(PortalFixtures.feedback("Tra cứu nhiều lần", PortalIntegrationTests.unique("tc")))
                .trackingCode();
        for (int i = 0; i < 100; i++) {
            assertThat(get("/portal/track?code=" + code).statusCode())
                    .as("lookup %d", i + 1)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = get("/portal/track?code=" + code);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(refused.body()).contains("tra cứu quá nhiều mã hồ sơ");
    }

    @Test
    void eachCodeOfAnOpen311LookupCountsSoAFewLargeRequestsSpendTheBudget() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            codes.add("PA-2026-" + String.format("%06d", i));
        }
        String ids = URLEncoder.encode(String.join(",", codes), StandardCharsets.UTF_8);
        assertThat(get("/open311/v2/requests.json?service_request_id=" + ids).statusCode())
                .isEqualTo(200);
        assertThat(get("/open311/v2/requests.json?service_request_id=" + ids).statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = get("/open311/v2/requests.json?service_request_id=" + ids);
        assertThat(refused.statusCode()).as("120 codes of 100").isEqualTo(429);
        assertThat(refused.body()).startsWith("[{\"code\":429,");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/open311/v2/requests/PA-2026-000001.json").statusCode()).isEqualTo(404);

        HttpResponse<String> tooMany = get("/open311/v2/requests.json?service_request_id="
                + URLEncoder.encode(
                        String.join(",", codes) + "," + String.join(",", codes) + "," + String.join(",", codes),
                        StandardCharsets.UTF_8));
        assertThat(tooMany.statusCode()).as("more codes than a full budget").isEqualTo(429);
    }

    @Test
    void lookupsSentAtOnceAreEachCounted() throws Exception {
        List<Callable<Integer>> lookups = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lookups.add(() -> get("/open311/v2/requests/PA-2026-000002.json").statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<Integer> status : pool.invokeAll(lookups)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).filteredOn(status -> status == 404).hasSize(100);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(20);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
