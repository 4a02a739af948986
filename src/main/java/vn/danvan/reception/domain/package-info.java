/**
 * Reception sessions and visits with the rules they keep, the visitor sealed or in clear, who may work on a
 * body's reception and a head's standing against the frequency rules.
 */
@org.jspecify.annotations.NullMarked
package vn.danvan.reception.domain;
