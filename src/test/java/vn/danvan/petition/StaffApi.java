package vn.danvan.petition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.danvan.organization.StaffMember;

/** Calls the REST API over real HTTP as a fixture's staff member (HTTP Basic with the fixture's password). */
final class StaffApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    StaffApi(int port) {
        this.port = port;
    }

    HttpResponse<String> call(StaffMember staff, String method, String path, String body, String... headers)
            throws Exception {
        String credentials = staff.username() + ":mat-khau-du-dai-" + staff.username();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String petitionJson(long bodyId, String type, String name, String title) {
        return """
                {"bodyId": %d, "channel": "POST", "type": "%s", "fieldCode": "LAND", "petitionerKind": "INDIVIDUAL",
                 "petitionerCount": 1, "representativeCount": 0,
                 "petitioner": {"fullName": "%s", "phone": "0912345678", "address": "Thôn Đông, xã Hoà Bình"},
                 "title": "%s", "content": "Nội dung chi tiết của đơn", "communeCode": "19789", "receivedOn": "2026-10-05"}
                """.formatted(bodyId, type, name, title);
    }
}
