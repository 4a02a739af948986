package vn.danvan.portal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * A citizen signed in at the portal, whichever way (password or OIDC): what another module's portal page needs to
 * know who is there, without seeing how the portal signs citizens in.
 */
public interface SignedInCitizen {

    long citizenId();

    /** The citizen account behind a portal session, if a citizen is signed in. */
    static Optional<Long> of(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInCitizen citizen) {
            return Optional.of(citizen.citizenId());
        }
        return Optional.empty();
    }
}
