package vn.danvan.programme;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.StoryCommands.SaveStory;
import vn.danvan.programme.domain.ModelPhoto;
import vn.danvan.programme.domain.ModelPolicy;
import vn.danvan.programme.domain.ModelSettings;
import vn.danvan.programme.domain.Story;
import vn.danvan.programme.persistence.Models;
import vn.danvan.programme.persistence.Stories;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.FileStore;

/**
 * Stories (tuyên truyền): staff of a body write articles with photos about models, campaigns and results, and
 * publish them on the portal under their commune or province, or take them down. Every change is audited.
 */
@Service
@Transactional
public class StoryPublishing {

    static final String PHOTOS_AREA = "story-photos";

    private final Stories stories;
    private final Models models;
    private final ModelPolicy policy;
    private final ModelSettings settings;
    private final OrganizationDirectory organization;
    private final FileStore files;
    private final AuditTrail audit;

    StoryPublishing(
            Stories stories,
            Models models,
            ModelPolicy policy,
            ModelSettings settings,
            OrganizationDirectory organization,
            FileStore files,
            AuditTrail audit) {
        this.stories = stories;
        this.models = models;
        this.policy = policy;
        this.settings = settings;
        this.organization = organization;
        this.files = files;
        this.audit = audit;
    }

    public Story write(SaveStory command, StaffMember staff) {
        Body body =
                organization.body(command.bodyId()).orElseThrow(() -> DomainException.invalid("story.body-unknown"));
        policy.requireWork(staff, body.id(), "story");
        checkModel(command.modelId());
        long id = stories.add(command, body.provinceCode(), body.communeCode(), staff.username());
        audit.record(
                "story.written",
                "story",
                id,
                Map.of("body", body.id(), "topic", command.topic().name()));
        return stories.find(id).orElseThrow();
    }

    public Story update(long id, SaveStory command, StaffMember staff) {
        Story before = locked(id, staff);
        if (command.bodyId() != before.bodyId()) {
            throw DomainException.invalid("story.body-fixed");
        }
        checkModel(command.modelId());
        List<String> changed = new ArrayList<>();
        if (!before.title().equals(command.title())) {
            changed.add("title");
        }
        if (!Objects.equals(before.summary(), command.summary())) {
            changed.add("summary");
        }
        if (!before.body().equals(command.body())) {
            changed.add("body");
        }
        if (before.topic() != command.topic() || !Objects.equals(before.modelId(), command.modelId())) {
            changed.add("topic");
        }
        if (changed.isEmpty()) {
            return before;
        }
        stories.update(id, command);
        audit.record("story.edited", "story", id, Map.of("changed", changed));
        return stories.find(id).orElseThrow();
    }

    public Story publish(long id, boolean published, StaffMember staff) {
        Story story = locked(id, staff);
        if (story.published() == published) {
            throw DomainException.conflict(published ? "story.already-published" : "story.not-published");
        }
        stories.published(id, published);
        audit.record(published ? "story.published" : "story.unpublished", "story", id, Map.of());
        return stories.find(id).orElseThrow();
    }

    public ModelPhoto addPhoto(
            long id, @Nullable String caption, @Nullable String fileName, InputStream content, StaffMember staff) {
        locked(id, staff);
        String text = ModelRegistry.caption(caption);
        FileStore.Stored stored =
                ModelRegistry.storeImage(files, PHOTOS_AREA, fileName, content, settings.maxPhotoBytes());
        ModelPhoto photo = stories.addPhoto(id, text, stored, staff.username());
        audit.record("story.photo-added", "story", id, Map.of("photo", photo.id(), "size", stored.size()));
        return photo;
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Story story(long id, StaffMember staff) {
        Story story = stories.find(id).orElseThrow(() -> DomainException.notFound("story.unknown"));
        ModelPolicy.requireVisible(staff, story.bodyId());
        return story;
    }

    @Transactional(readOnly = true)
    public List<Story> list(StaffMember staff) {
        return stories.of(staff.scope(), staff.allBodies());
    }

    @Transactional(readOnly = true)
    public Story publishedStory(long id) {
        return stories.find(id).filter(Story::published).orElseThrow(() -> DomainException.notFound("story.unknown"));
    }

    @Transactional(readOnly = true)
    public List<Story> published(
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable Long bodyId,
            @Nullable Long modelId,
            int limit) {
        return stories.published(provinceCode, communeCode, bodyId, modelId, limit);
    }

    @Transactional(readOnly = true)
    public List<ModelPhoto> photos(long id) {
        return stories.photos(id);
    }

    @Transactional(readOnly = true)
    public Path photoPath(long id, long photoId, StaffMember staff) {
        story(id, staff);
        return photoFile(id, photoId);
    }

    @Transactional(readOnly = true)
    public Path publicPhotoPath(long id, long photoId) {
        publishedStory(id);
        return photoFile(id, photoId);
    }

    private Path photoFile(long id, long photoId) {
        return stories.photoKey(id, photoId)
                .map(key -> files.path(PHOTOS_AREA, key))
                .orElseThrow(() -> DomainException.notFound("story.photo-unknown"));
    }

    private void checkModel(@Nullable Long modelId) {
        if (modelId != null && models.find(modelId).isEmpty()) {
            throw DomainException.invalid("story.model-unknown");
        }
    }

    private Story locked(long id, StaffMember staff) {
        Story story = stories.lock(id).orElseThrow(() -> DomainException.notFound("story.unknown"));
        policy.requireWork(staff, story.bodyId(), "story");
        return story;
    }
}
