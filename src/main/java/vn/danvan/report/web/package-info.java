@org.jspecify.annotations.NullMarked
package vn.danvan.report.web;
