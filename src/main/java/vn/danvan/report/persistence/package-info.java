@org.jspecify.annotations.NullMarked
package vn.danvan.report.persistence;
