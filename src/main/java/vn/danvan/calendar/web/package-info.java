@org.jspecify.annotations.NullMarked
package vn.danvan.calendar.web;
