package vn.danvan.portal;

/**
 * The signed-in citizen as Spring Security holds them on the portal's pages, whichever way they signed in: other
 * modules' portal pages (the yearly rating of a commune) read the account's id through it.
 */
public interface CitizenPrincipal {

    long citizenId();
}
