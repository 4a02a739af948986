/**
 * Notifications (thông báo): e-mail to citizens and staff when a case is received, accepted, transferred,
 * extended, answered or overdue, and when a leader's commitment is overdue; SMS / Zalo through a pluggable
 * sender. Listeners run from Spring Modulith's durable event publications and write an outbox; a
 * dispatcher sends it with retries, once across instances.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "organization", "petition", "dialogue", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package vn.danvan.notification;
