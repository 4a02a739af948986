/**
 * Statistics that officials report: the petition-handling report (Biểu 02/XLD of the Government
 * Inspectorate's reporting regime) for a body, optionally with its subordinate bodies, over any
 * period — on a page, over the API and as .xlsx. Figures are derived from the petition module's
 * published view {@code petition.report_facts}, never kept by hand.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organization", "petition", "shared" })
@org.jspecify.annotations.NullMarked
package vn.danvan.report;
