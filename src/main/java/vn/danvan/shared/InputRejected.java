package vn.danvan.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Input that breaks {@link InputText} or {@link LawfulDates}: a 400 in each door's language. It is an
 * {@link org.springframework.web.ErrorResponse}, so every handler that knows Spring's client errors — the
 * API's problem+json, the pages' error page, Open311's error list — answers 400 with it, never 500.
 */
public class InputRejected extends ErrorResponseException {

    private final String code;

    public InputRejected(String code, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, code, arguments);
        this.code = code;
        getBody().setProperty("code", code);
    }

    public String code() {
        return code;
    }
}
