/**
 * Cross-cutting primitives the modules share: the audit trail, the clock, Vietnamese text normalisation,
 * input checks, problem details, the home folder, files and contact secrets, and the web plumbing every door
 * uses. The application's own wiring (embedded database, scheduling, locale, error pages, upload limits) is in
 * {@code vn.danvan.application}. Kept deliberately small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.danvan.shared;
