package vn.danvan.reception.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.reception.HeadPosition;

/** A row of the frequency rule table (docs/law/rules.md A2): how many days a position receives per week or month. */
public record ObligationRule(
        HeadPosition position,
        String perPeriod,
        int minDays,
        boolean mayDelegate,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String source) {}
