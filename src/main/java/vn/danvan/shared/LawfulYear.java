package vn.danvan.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/** A year the law can mean ({@link LawfulDates}), for a year given as a number: a filter, a report period. */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Constraint(validatedBy = LawfulYear.Check.class)
public @interface LawfulYear {

    String message() default "{input.year-out-of-range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is no year (the caller's default applies). */
    class Check implements ConstraintValidator<LawfulYear, Integer> {

        @Override
        public boolean isValid(@Nullable Integer year, ConstraintValidatorContext context) {
            return year == null || LawfulDates.lawfulYear(year);
        }
    }
}
