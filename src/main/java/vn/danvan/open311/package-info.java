/**
 * Open311 GeoReport v2 under {@code /open311/v2}: services (our kiến nghị / phản ánh types × fields),
 * requests created by client organisations with API keys and read by anyone, in JSON and XML.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "petition", "portal", "insight", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.open311;
