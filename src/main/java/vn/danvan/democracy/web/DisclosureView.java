package vn.danvan.democracy.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.democracy.PublicationForm;
import vn.danvan.democracy.domain.Disclosure;
import vn.danvan.democracy.domain.DisclosureStatus;

/** An item as the API and the public JSON feed give it. */
record DisclosureView(
        long id,
        long bodyId,
        String communeCode,
        DisclosureCategory category,
        String categorySource,
        String title,
        @Nullable String summary,
        @Nullable String documentNumber,
        LocalDate documentDate,
        LocalDate dueOn,
        @Nullable LocalDate publishedOn,
        List<PublicationForm> forms,
        DisclosureStatus status,
        String url) {

    static DisclosureView of(Disclosure d, LocalDate today, String url) {
        return new DisclosureView(
                d.id(),
                d.bodyId(),
                d.communeCode(),
                d.category(),
                d.category().source(),
                d.title(),
                d.summary(),
                d.documentNumber(),
                d.documentDate(),
                d.dueOn(),
                d.publishedOn(),
                d.forms(),
                d.status(today),
                url);
    }
}
