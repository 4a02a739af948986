/**
 * Statistics that officials report, for a body, optionally with its subordinate bodies, over any
 * period — on a page, over the API and as .xlsx: the petition-handling report (Biểu 02/XLD) and the
 * reception report (Biểu 01/TCD) of the Government Inspectorate's reporting regime. Figures are derived
 * from the modules' published views ({@code petition.report_facts}, {@code reception.visit_facts},
 * {@code reception.session_facts}), never kept by hand.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "petition", "reception", "dialogue", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.report;
