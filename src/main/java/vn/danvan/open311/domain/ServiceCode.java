package vn.danvan.open311.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.danvan.petition.PetitionType;

/**
 * An Open311 service: a type offered through Open311 (kiến nghị or phản ánh — complaints and denunciations
 * follow the procedures of the law and are not offered) in a field, written {@code FEEDBACK-ENVIRONMENT}.
 */
public record ServiceCode(PetitionType type, String fieldCode) {

    public static final List<PetitionType> OFFERED = List.of(PetitionType.FEEDBACK, PetitionType.RECOMMENDATION);

    /** The service a code names, when its type is offered and its field is one of {@code fieldCodes}. */
    public static Optional<ServiceCode> parse(String code, Collection<String> fieldCodes) {
        int dash = code.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String typeName = code.substring(0, dash);
        String fieldCode = code.substring(dash + 1);
        return OFFERED.stream()
                .filter(t -> t.name().equals(typeName))
                .findFirst()
                .filter(t -> fieldCodes.contains(fieldCode))
                .map(t -> new ServiceCode(t, fieldCode));
    }

    public String code() {
        return type.name() + "-" + fieldCode;
    }
}
