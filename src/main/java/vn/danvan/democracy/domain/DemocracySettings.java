package vn.danvan.democracy.domain;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.danvan.democracy.DisclosureCategory;

/**
 * @param publication a category's own publication period where a sector rule sets one (e.g. a budget's under the
 *     Luật Ngân sách nhà nước); the others keep the default of {@link PublicationRules#DEFAULT}
 * @param maxDocumentBytes the largest document accepted, as petition attachments (10 MB)
 * @param followsPerAddressPerHour follow requests one network address may send in an hour
 */
@ConfigurationProperties("danvan.democracy")
public record DemocracySettings(
        Map<DisclosureCategory, PublicationRules.Rule> publication,
        long maxDocumentBytes,
        int followsPerAddressPerHour) {

    public DemocracySettings {
        publication = publication == null ? Map.of() : Map.copyOf(new EnumMap<>(publication));
        maxDocumentBytes = maxDocumentBytes <= 0 ? 10L * 1024 * 1024 : maxDocumentBytes;
        followsPerAddressPerHour = followsPerAddressPerHour <= 0 ? 10 : followsPerAddressPerHour;
    }
}
