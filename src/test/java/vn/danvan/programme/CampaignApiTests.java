package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.VietnamTime;

/**
 * The campaigns API: a campaign launched and given to over JSON, amounts refused with a Vietnamese problem+json
 * naming the amount, a distribution beyond the balance a 409, another body's staff a 403, and the donor's contact
 * never in an answer.
 */
@DanvanIntegrationTest
class CampaignApiTests {

    static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);

    @LocalServerPort
    int port;

    @Autowired
    CampaignFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCampaignIsRunOverTheApiAndBadAmountsAreProblemsThatWriteNothing() throws Exception {
        var setting = fixtures.setting();
        var staff = setting.wardStaff();
        var created = post(staff, "/api/v1/campaigns", """
                {"bodyId": %d, "kind": "RELIEF", "title": "Ủng hộ qua API %s", "purpose": "Cứu trợ",
                 "scope": null, "bankName": "BIDV", "bankAccount": "%s", "launchedOn": "%s", "receivingFrom": null,
                 "receivingUntil": "%s", "distributionUntil": "%s", "goals": null}""".formatted(
                        setting.wardFront().id(),
                        setting.suffix(),
                        setting.account("21"),
                        TODAY.minusDays(1),
                        TODAY.plusDays(20),
                        TODAY.plusDays(30)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        var given = post(staff, "/api/v1/campaigns/" + id + "/contributions", """
                {"kind": "MONEY", "channel": "BANK", "donorName": "Nguyễn Văn A", "anonymous": false,
                 "donorContact": "0905999888", "amount": "1,234,567 VND", "item": null, "unit": null,
                 "quantity": null, "receivedOn": "%s", "reference": "FT-9"}""".formatted(TODAY));
        assertThat(given.statusCode()).isEqualTo(201);
        assertThat(given.body()).contains("1234567").doesNotContain("0905999888");

        var fraction = post(staff, "/api/v1/campaigns/" + id + "/contributions", """
                {"kind": "MONEY", "channel": "CASH", "donorName": "Ông B", "anonymous": false, "donorContact": null,
                 "amount": "1.000,5", "item": null, "unit": null, "quantity": null, "receivedOn": "%s",
                 "reference": null}""".formatted(TODAY));
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(fraction.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(fraction.body())
                .contains("campaign.amount-malformed")
                .contains("1.000,5")
                .contains("số nguyên đồng");

        var tooMuch = post(staff, "/api/v1/campaigns/" + id + "/distributions", """
                {"beneficiaryId": null, "recipient": "Hộ ông Lê", "kind": "MONEY", "amount": "1.234.568",
                 "item": null, "unit": null, "quantity": null, "distributedOn": "%s"}""".formatted(TODAY));
        assertThat(tooMuch.statusCode()).isEqualTo(409);
        assertThat(tooMuch.body()).contains("1.234.567 ₫");

        var stranger =
                post(setting.otherWardStaff(), "/api/v1/campaigns/" + id + "/contributions", """
                {"kind": "MONEY", "channel": "CASH", "donorName": "Ông C", "anonymous": false, "donorContact": null,
                 "amount": "100.000", "item": null, "unit": null, "quantity": null, "receivedOn": "%s",
                 "reference": null}""".formatted(TODAY));
        assertThat(stranger.statusCode()).isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from programme.contribution where campaign_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var contributions = get(staff, "/api/v1/campaigns/" + id + "/contributions");
        assertThat(contributions.statusCode()).isEqualTo(200);
        assertThat(contributions.body()).contains("Nguyễn Văn A").doesNotContain("0905999888");
        var view = get(staff, "/api/v1/campaigns/" + id);
        assertThat(view.body()).contains("\"overdue\"").contains("RECEIVED_TOTALS");
    }

    HttpResponse<String> post(StaffMember staff, String path, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        request(staff, path)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(StaffMember staff, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(request(staff, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(StaffMember staff, String path) {
        String credentials = staff.username() + ":" + CampaignFixtures.PASSWORD_PREFIX + staff.username();
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
