package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.democracy.PublicationForm;
import vn.danvan.shared.DomainException;

/**
 * An item a commune must make public: what it is (category, title, the document it rests on), when it is due and
 * when and how it was published. It knows where it stands against its due date and refuses a publication that
 * cannot be true.
 */
public record Disclosure(
        long id,
        long bodyId,
        String provinceCode,
        String communeCode,
        DisclosureCategory category,
        String title,
        @Nullable String summary,
        @Nullable String documentNumber,
        LocalDate documentDate,
        LocalDate dueOn,
        @Nullable LocalDate publishedOn,
        List<PublicationForm> forms,
        int version) {

    public Disclosure {
        forms = List.copyOf(forms);
    }

    public boolean published() {
        return publishedOn != null;
    }

    public DisclosureStatus status(LocalDate today) {
        if (publishedOn != null) {
            return publishedOn.isAfter(dueOn) ? DisclosureStatus.LATE : DisclosureStatus.ON_TIME;
        }
        return today.isAfter(dueOn) ? DisclosureStatus.OVERDUE : DisclosureStatus.PENDING;
    }

    /** Overdue: still unpublished after its due date — flagged on every list. */
    public boolean overdue(LocalDate today) {
        return status(today) == DisclosureStatus.OVERDUE;
    }

    /** The document an item rests on is issued before or on the day the item is recorded. */
    public static void checkDocumentDate(LocalDate documentDate, LocalDate today) {
        if (documentDate.isAfter(today)) {
            throw DomainException.invalid("democracy.document-in-future");
        }
    }

    /** Published once, on a day between the document and today, by at least one form. */
    public void checkPublication(LocalDate on, List<PublicationForm> by, LocalDate today) {
        if (publishedOn != null) {
            throw DomainException.conflict("democracy.already-published");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("democracy.published-in-future");
        }
        if (on.isBefore(documentDate)) {
            throw DomainException.invalid("democracy.published-before-document");
        }
        if (by.isEmpty()) {
            throw DomainException.invalid("democracy.form-required");
        }
    }
}
