package vn.danvan.portal;

/**
 * The signed-in citizen as other modules' portal pages see them: the id of their account, whichever way they signed
 * in (password or OIDC). A page asks {@code authentication.getPrincipal() instanceof CitizenPrincipal}.
 */
public interface CitizenPrincipal {

    long citizenId();
}
