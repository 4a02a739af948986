@org.jspecify.annotations.NullMarked
package vn.danvan.organization.domain;
