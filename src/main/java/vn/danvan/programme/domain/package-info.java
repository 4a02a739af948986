/** Disclosures with the rules they keep: the 14 categories, the publication deadline, who may publish. */
@org.jspecify.annotations.NullMarked
package vn.danvan.programme.domain;
