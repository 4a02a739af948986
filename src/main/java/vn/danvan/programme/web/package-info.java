/** The staff pages of disclosures and compliance, the public portal pages and feeds, the REST API. */
@org.jspecify.annotations.NullMarked
package vn.danvan.programme.web;
