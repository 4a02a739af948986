/**
 * The citizens' portal (cổng tiếp nhận phản ánh, kiến nghị): online submission with routing to the
 * competent body, receipts and tracking by code, citizen accounts (password or OIDC), published answers,
 * satisfaction ratings and reopening, and the limits that keep abuse out. Reports read
 * {@code portal.rating_facts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "petition", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.portal;
