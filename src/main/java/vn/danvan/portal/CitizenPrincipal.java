package vn.danvan.portal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * The signed-in citizen as other modules' portal pages see them: the id of their account, whichever way they signed
 * in (password or OIDC), without seeing how the portal signs citizens in.
 */
public interface CitizenPrincipal {

    long citizenId();

    /** The citizen account behind a portal session, if a citizen is signed in. */
    static Optional<Long> of(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CitizenPrincipal citizen) {
            return Optional.of(citizen.citizenId());
        }
        return Optional.empty();
    }
}
