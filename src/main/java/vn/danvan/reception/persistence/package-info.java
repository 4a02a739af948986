@org.jspecify.annotations.NullMarked
package vn.danvan.reception.persistence;
