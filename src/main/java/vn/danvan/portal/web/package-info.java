@org.jspecify.annotations.NullMarked
package vn.danvan.portal.web;
