/** The outbox of messages to send, written in the transaction of the change they tell of. */
@org.jspecify.annotations.NullMarked
package vn.danvan.notification.persistence;
