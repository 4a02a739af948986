@org.jspecify.annotations.NullMarked
package vn.danvan.open311.domain;
