/**
 * The reception module's repositories (heads, sessions, visits, the frequency rule table: SQL over the
 * {@code reception} schema) and the sealing of visitors recorded in clear.
 */
@org.jspecify.annotations.NullMarked
package vn.danvan.reception.persistence;
