package vn.danvan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the REST API over real HTTP, signed in with HTTP Basic (or not at all), and reads problem+json. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    /** A request as {@code username} with {@code password}; without credentials when {@code username} is null. */
    public HttpResponse<String> call(
            @Nullable String username, String password, String method, String path, @Nullable String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (username != null) {
            String credentials = username + ":" + password;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Whether the answer is problem+json with that status and a Vietnamese title. */
    public static boolean isProblem(HttpResponse<String> response, int status) {
        if (response.statusCode() != status
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem = json(response);
        return problem.path("status").asInt() == status
                && VIETNAMESE_TITLES.contains(problem.path("title").asString());
    }

    private static final java.util.Set<String> VIETNAMESE_TITLES = java.util.Set.of(
            "Yêu cầu không hợp lệ",
            "Chưa xác thực",
            "Không có quyền",
            "Không tìm thấy",
            "Xung đột trạng thái",
            "Không xử lý được yêu cầu");
}
