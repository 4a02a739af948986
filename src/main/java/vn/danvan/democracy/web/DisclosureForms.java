package vn.danvan.democracy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.democracy.DisclosureCommands;
import vn.danvan.democracy.PublicationForm;
import vn.danvan.democracy.domain.Disclosure;

/** The disclosure pages' forms as Spring binds them (public fields); each becomes a command. */
final class DisclosureForms {

    private DisclosureForms() {}

    static class ItemForm {
        public @Nullable Long bodyId;
        public DisclosureCategory category = DisclosureCategory.OTHER;
        public @Nullable String title;
        public @Nullable String summary;
        public @Nullable String documentNumber;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate documentDate;

        static ItemForm of(Disclosure disclosure) {
            ItemForm form = new ItemForm();
            form.bodyId = disclosure.bodyId();
            form.category = disclosure.category();
            form.title = disclosure.title();
            form.summary = disclosure.summary();
            form.documentNumber = disclosure.documentNumber();
            form.documentDate = disclosure.documentDate();
            return form;
        }

        // Bean Validation: a blank required field stays null here; the command's @NotNull rejects it in Forms.submit
        @SuppressWarnings("NullAway")
        DisclosureCommands.SaveDisclosure toCommand() {
            return new DisclosureCommands.SaveDisclosure(
                    bodyId,
                    category,
                    title == null ? "" : title.strip(),
                    blank(summary),
                    blank(documentNumber),
                    documentDate);
        }
    }

    static class PublishForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate publishedOn;

        public List<PublicationForm> forms = new ArrayList<>();

        @SuppressWarnings("NullAway")
        DisclosureCommands.Publish toCommand() {
            return new DisclosureCommands.Publish(publishedOn, forms == null ? List.of() : forms);
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
