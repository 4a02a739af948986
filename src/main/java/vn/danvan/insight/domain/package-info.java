/** Hot spots: the score of a commune and field, its parts, and when it is hot. */
@org.jspecify.annotations.NullMarked
package vn.danvan.insight.domain;
