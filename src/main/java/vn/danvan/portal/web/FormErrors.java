package vn.danvan.portal.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's errors as codes and arguments, small and serializable, to cross a redirect in the (database-stored)
 * session and be put back on the form's binding result on the other side.
 */
record FormErrors(List<Entry> entries) implements Serializable {

    /** One error: the field (null for the form as a whole), the message code and its arguments. */
    record Entry(@Nullable String field, String code, List<Serializable> arguments) implements Serializable {}

    static FormErrors of(BindingResult binding) {
        List<Entry> entries = new ArrayList<>();
        for (ObjectError error : binding.getAllErrors()) {
            String code = error.getCode() == null ? "portal.form.fix" : error.getCode();
            List<Serializable> arguments = error.getArguments() == null
                    ? List.of()
                    : Arrays.stream(error.getArguments())
                            .map(argument -> argument instanceof Serializable kept ? kept : String.valueOf(argument))
                            .toList();
            entries.add(new Entry(
                    error instanceof FieldError field ? field.getField() : null, code, new ArrayList<>(arguments)));
        }
        return new FormErrors(new ArrayList<>(entries));
    }

    void applyTo(BindingResult binding) {
        for (Entry entry : entries) {
            Object[] arguments = entry.arguments().toArray();
            if (entry.field() == null) {
                binding.reject(entry.code(), arguments, entry.code());
            } else {
                binding.rejectValue(entry.field(), entry.code(), arguments, entry.code());
            }
        }
    }
}
