/** The democracy module's repositories (SQL over the {@code democracy} schema). */
@org.jspecify.annotations.NullMarked
package vn.danvan.programme.persistence;
