package vn.danvan.programme.domain;

import java.time.LocalDate;
import vn.danvan.programme.CommendationForm;

/** A commendation of a recognised model: form, issuer, decision number and date. */
public record Commendation(
        long id, long modelId, CommendationForm form, String issuer, String decisionNumber, LocalDate decidedOn) {}
