/** The insight module's tables. */
@org.jspecify.annotations.NullMarked
package vn.danvan.insight.persistence;
