package vn.danvan.programme.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.notification.Mailings;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.programme.ModelRegistry;
import vn.danvan.programme.StoryPublishing;
import vn.danvan.programme.domain.Story;
import vn.danvan.shared.RenderedPages;

/**
 * The public stories: a list by province, commune or body, a story with its photos, and an Atom feed (RFC 4287) of
 * the same list for readers and other sites. The text is shown as paragraphs of plain text.
 */
@Controller
@RenderedPages
class PublicStoryPages {

    static final int SHOWN = 100;

    private final StoryPublishing publishing;
    private final ModelRegistry models;
    private final OrganizationDirectory organization;
    private final PublicModelPages places;
    private final Mailings links;
    private final Clock clock;

    PublicStoryPages(
            StoryPublishing publishing,
            ModelRegistry models,
            OrganizationDirectory organization,
            PublicModelPages places,
            Mailings links,
            Clock clock) {
        this.publishing = publishing;
        this.models = models;
        this.organization = organization;
        this.places = places;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/portal/programme/stories")
    String list(
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable Long body,
            Model model) {
        String provinceCode = PublicModelPages.code(province, "\\d{2}");
        String communeCode = PublicModelPages.code(commune, "\\d{5}");
        Long bodyId =
                body == null ? null : organization.body(body).map(b -> b.id()).orElse(null);
        model.addAttribute("provinces", organization.provinces());
        model.addAttribute("province", provinceCode);
        model.addAttribute("commune", communeCode);
        model.addAttribute("body", bodyId);
        model.addAttribute("communes", provinceCode == null ? List.of() : organization.communesOf(provinceCode));
        model.addAttribute(
                "bodyName", bodyId == null ? null : organization.bodyNames().get(bodyId));
        model.addAttribute("stories", publishing.published(provinceCode, communeCode, bodyId, null, SHOWN));
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute(
                "feed", "/portal/programme/stories/feed.atom" + feedQuery(provinceCode, communeCode, bodyId));
        return "programme/stories-public-list";
    }

    @GetMapping("/portal/programme/stories/{id}")
    String item(@PathVariable long id, Model model) {
        Story story = publishing.publishedStory(id);
        model.addAttribute("story", story);
        model.addAttribute("photos", publishing.photos(id));
        model.addAttribute("bodyName", organization.bodyNames().get(story.bodyId()));
        model.addAttribute("place", places.place(story.provinceCode(), story.communeCode()));
        model.addAttribute(
                "about",
                story.modelId() == null
                        ? null
                        : models.find(story.modelId())
                                .filter(vn.danvan.programme.domain.Model::publicPage)
                                .orElse(null));
        return "programme/stories-public-item";
    }

    @GetMapping("/portal/programme/stories/{id}/photos/{photoId}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long photoId) {
        return ModelPages.image(publishing.photos(id), photoId, publishing.publicPhotoPath(id, photoId));
    }

    @GetMapping("/portal/programme/stories/feed.atom")
    ResponseEntity<String> atom(
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable Long body) {
        String provinceCode = PublicModelPages.code(province, "\\d{2}");
        String communeCode = PublicModelPages.code(commune, "\\d{5}");
        Long bodyId =
                body == null ? null : organization.body(body).map(b -> b.id()).orElse(null);
        List<Story> stories = publishing.published(provinceCode, communeCode, bodyId, null, 50);
        String query = feedQuery(provinceCode, communeCode, bodyId);
        String self = links.link("/portal/programme/stories/feed.atom" + query);
        String title = "Tuyên truyền Dân vận khéo";
        if (communeCode != null) {
            title += " – "
                    + organization
                            .commune(communeCode)
                            .map(AdministrativeUnit::fullName)
                            .orElse(communeCode);
        } else if (bodyId != null) {
            title += " – " + organization.bodyNames().get(bodyId);
        } else if (provinceCode != null) {
            title += " – "
                    + organization
                            .province(provinceCode)
                            .map(AdministrativeUnit::fullName)
                            .orElse(provinceCode);
        }
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
                """);
        xml.append("  <title>").append(escape(title)).append("</title>\n");
        xml.append("  <id>").append(escape(self)).append("</id>\n");
        xml.append("  <link rel=\"self\" href=\"").append(escape(self)).append("\"/>\n");
        xml.append("  <link href=\"")
                .append(escape(links.link("/portal/programme/stories" + query)))
                .append("\"/>\n");
        xml.append("  <updated>")
                .append(timestamp(stories.isEmpty() ? Instant.now(clock) : published(stories.getFirst())))
                .append("</updated>\n");
        xml.append("  <author><name>danvan</name></author>\n");
        for (Story story : stories) {
            String url = links.link("/portal/programme/stories/" + story.id());
            xml.append("  <entry>\n    <title>").append(escape(story.title())).append("</title>\n");
            xml.append("    <id>").append(escape(url)).append("</id>\n");
            xml.append("    <link href=\"").append(escape(url)).append("\"/>\n");
            xml.append("    <updated>").append(timestamp(story.updatedAt())).append("</updated>\n");
            xml.append("    <published>").append(timestamp(published(story))).append("</published>\n");
            xml.append("    <author><name>")
                    .append(escape(organization.bodyNames().getOrDefault(story.bodyId(), "danvan")))
                    .append("</name></author>\n");
            xml.append("    <category term=\"").append(story.topic().name()).append("\"/>\n");
            if (story.summary() != null) {
                xml.append("    <summary>").append(escape(story.summary())).append("</summary>\n");
            }
            xml.append("    <content type=\"text\">")
                    .append(escape(story.body()))
                    .append("</content>\n");
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml.toString());
    }

    private static String feedQuery(@Nullable String provinceCode, @Nullable String communeCode, @Nullable Long body) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (provinceCode != null) {
            query.queryParam("province", provinceCode);
        }
        if (communeCode != null) {
            query.queryParam("commune", communeCode);
        }
        if (body != null) {
            query.queryParam("body", body);
        }
        return query.build().toUriString();
    }

    private static Instant published(Story story) {
        return story.publishedAt() == null ? story.updatedAt() : story.publishedAt();
    }

    private static String timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
