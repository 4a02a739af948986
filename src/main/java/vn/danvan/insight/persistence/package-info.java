/** The imported places of communes (schema {@code insight}). */
@org.jspecify.annotations.NullMarked
package vn.danvan.insight.persistence;
