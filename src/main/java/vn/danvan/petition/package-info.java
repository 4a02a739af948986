/**
 * Petitions (đơn thư): intake from every channel, classification, the processing decision (accept,
 * guide, transfer, file, return), resolution with extensions and outcome, statutory deadlines and the
 * confidentiality of denouncers. Reports read the view {@code petition.report_facts}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "calendar", "rulebook", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.petition;
