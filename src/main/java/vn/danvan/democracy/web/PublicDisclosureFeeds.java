package vn.danvan.democracy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.danvan.democracy.DisclosurePublishing;
import vn.danvan.democracy.domain.Disclosure;
import vn.danvan.notification.Mailings;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnamTime;

/** A commune's published items as JSON and as an Atom feed (RFC 4287), for readers and other sites. */
@RestController
class PublicDisclosureFeeds {

    private final DisclosurePublishing publishing;
    private final OrganizationDirectory organization;
    private final Mailings links;
    private final Clock clock;

    PublicDisclosureFeeds(
            DisclosurePublishing publishing, OrganizationDirectory organization, Mailings links, Clock clock) {
        this.publishing = publishing;
        this.organization = organization;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping(path = "/portal/disclosures/{commune:\\d{5}}/feed.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DisclosureView> json(@PathVariable String commune) {
        AdministrativeUnit unit = commune(commune);
        LocalDate today = LocalDate.now(clock);
        return publishing.publishedIn(unit.code(), PublicDisclosurePages.SHOWN).stream()
                .map(d -> DisclosureView.of(d, today, itemUrl(d)))
                .toList();
    }

    @GetMapping(path = "/portal/disclosures/{commune:\\d{5}}/feed.atom")
    ResponseEntity<String> atom(@PathVariable String commune) {
        AdministrativeUnit unit = commune(commune);
        List<Disclosure> items = publishing.publishedIn(unit.code(), 50);
        String self = links.link("/portal/disclosures/" + unit.code() + "/feed.atom");
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
                """);
        xml.append("  <title>")
                .append(escape("Công khai thông tin – " + unit.fullName()))
                .append("</title>\n");
        xml.append("  <id>").append(escape(self)).append("</id>\n");
        xml.append("  <link rel=\"self\" href=\"").append(escape(self)).append("\"/>\n");
        xml.append("  <link href=\"")
                .append(escape(links.link("/portal/disclosures/" + unit.code())))
                .append("\"/>\n");
        xml.append("  <updated>")
                .append(items.isEmpty() ? timestamp(LocalDate.now(clock)) : timestamp(published(items.getFirst())))
                .append("</updated>\n");
        xml.append("  <author><name>").append(escape(unit.fullName())).append("</name></author>\n");
        for (Disclosure d : items) {
            xml.append("  <entry>\n    <title>").append(escape(d.title())).append("</title>\n");
            xml.append("    <id>").append(escape(itemUrl(d))).append("</id>\n");
            xml.append("    <link href=\"").append(escape(itemUrl(d))).append("\"/>\n");
            xml.append("    <updated>").append(timestamp(published(d))).append("</updated>\n");
            xml.append("    <category term=\"").append(d.category().name()).append("\"/>\n");
            if (d.summary() != null) {
                xml.append("    <summary>").append(escape(d.summary())).append("</summary>\n");
            }
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml.toString());
    }

    private String itemUrl(Disclosure d) {
        return links.link("/portal/disclosures/" + d.communeCode() + "/items/" + d.id());
    }

    private static LocalDate published(Disclosure d) {
        return d.publishedOn() == null ? d.documentDate() : d.publishedOn();
    }

    private static String timestamp(LocalDate day) {
        return day.atStartOfDay(VietnamTime.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private AdministrativeUnit commune(String code) {
        return organization.commune(code).orElseThrow(() -> DomainException.notFound("democracy.commune-unknown"));
    }
}
