/**
 * Notifications (thông báo): e-mail to citizens and staff when a case is received, accepted, transferred,
 * extended, answered or overdue, and when a leader's commitment is overdue; SMS / Zalo through a pluggable
 * sender. A case's messages are written to an outbox in the transaction of its change; an overdue
 * commitment's come from a durable event publication. A dispatcher sends the outbox with retries, once across
 * instances.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "petition", "dialogue", "portal", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.notification;
