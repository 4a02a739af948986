package vn.danvan.shared;

import org.springframework.http.HttpStatus;

/**
 * A business rule said no. Carries a stable code ({@code petition.already-transferred}) whose
 * message in {@code i18n/*.properties} is the Vietnamese (or English) text users see, both as an
 * API problem+json detail and as a form error.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final Object[] arguments;

    public DomainException(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
    }

    public static DomainException notFound(String code, Object... arguments) {
        return new DomainException(HttpStatus.NOT_FOUND, code, arguments);
    }

    public static DomainException conflict(String code, Object... arguments) {
        return new DomainException(HttpStatus.CONFLICT, code, arguments);
    }

    public static DomainException invalid(String code, Object... arguments) {
        return new DomainException(HttpStatus.BAD_REQUEST, code, arguments);
    }

    public static DomainException forbidden(String code, Object... arguments) {
        return new DomainException(HttpStatus.FORBIDDEN, code, arguments);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
