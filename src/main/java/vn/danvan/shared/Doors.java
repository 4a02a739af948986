package vn.danvan.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal said in the language of the door it came through: problem+json for the REST API, the
 * specification's error list for Open311, the error page with a Vietnamese message for people. For the
 * refusals no controller advice sees — a request refused before a controller is chosen, or by a filter.
 */
public final class Doors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Doors() {}

    static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    static boolean open311(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/open311/");
    }

    static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create(ApiProblems.TYPE_PREFIX + code));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    /** The answer as a view, for an exception handler. */
    public static ModelAndView answer(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String message) {
        response.setStatus(status.value());
        if (api(request)) {
            var view = new JacksonJsonView();
            view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            view.setExtractValueFromSingleKeyModel(true);
            return new ModelAndView(view, "problem", problem(request, status, code, message));
        }
        if (open311(request)) {
            var view = new JacksonJsonView();
            view.setExtractValueFromSingleKeyModel(true);
            return new ModelAndView(view, "errors", List.of(Map.of("code", status.value(), "description", message)));
        }
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("errorMessage", message);
        return page;
    }

    /** The answer written straight to the response, for a filter. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String message)
            throws IOException {
        if (api(request)) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(problem(request, status, code, message)));
        } else if (open311(request) && request.getRequestURI().endsWith(".xml")) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_XML_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>" + status.value()
                            + "</code><description>" + HtmlUtils.htmlEscape(message)
                            + "</description></error></errors>");
        } else if (open311(request)) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(JSON.writeValueAsString(List.of(Map.of("code", status.value(), "description", message))));
        } else {
            request.setAttribute("errorMessage", message);
            response.sendError(status.value(), message);
        }
    }
}
