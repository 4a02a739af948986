@org.jspecify.annotations.NullMarked
package vn.danvan.dialogue.domain;
