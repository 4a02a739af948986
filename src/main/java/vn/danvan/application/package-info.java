/**
 * The application's wiring, which no module calls: the embedded database, scheduling with its lock, the
 * locale, the error pages and the upload limits. A module of its own so that Spring Modulith checks that it
 * only leans on {@code shared} and that nothing leans on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.danvan.application;
