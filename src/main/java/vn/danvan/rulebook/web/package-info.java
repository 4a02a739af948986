@org.jspecify.annotations.NullMarked
package vn.danvan.rulebook.web;
