/** Who hears of what and when: the case and commitment notifications, their dispatch with retries, the gateways' defaults. */
@org.jspecify.annotations.NullMarked
package vn.danvan.notification.domain;
