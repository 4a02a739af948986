/**
 * Insight: each role's home page, the charts and the map of cases, and where communes are. The face is
 * {@link vn.danvan.insight.CommunePlaces}, which other modules ask to place a point or an address in a commune
 * (Open311); the figures come from the root types of the petition, reception and dialogue modules.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "calendar", "petition", "reception", "dialogue", "notification", "shared"
        })
@org.jspecify.annotations.NullMarked
package vn.danvan.insight;
