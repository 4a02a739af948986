package vn.danvan.reception.domain;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;

/**
 * The visitor as the log keeps them: in clear, or — for a denouncer — only sealed, the clear name, phone and
 * address left empty.
 */
public record Visitor(
        @Nullable String name,
        @Nullable String phone,
        @Nullable String address,
        byte @Nullable [] sealedIdentity,
        boolean sealed) {

    /** The visitor of a visit of that content; {@code seal} encrypts an identity when it must be sealed. */
    public static Visitor of(
            @Nullable String name,
            @Nullable String phone,
            @Nullable String address,
            PetitionType contentType,
            Function<PetitionerIdentity, byte[]> seal) {
        if (!ReceptionVisit.sealedVisitor(contentType)) {
            return new Visitor(name, phone, address, null, false);
        }
        byte[] identity = name != null || phone != null || address != null
                ? seal.apply(ReceptionVisit.visitorIdentity(name, phone, address))
                : null;
        return new Visitor(null, null, null, identity, true);
    }
}
