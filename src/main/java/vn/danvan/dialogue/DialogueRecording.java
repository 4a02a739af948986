package vn.danvan.dialogue;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.dialogue.DialogueCommands.HoldDialogue;
import vn.danvan.dialogue.DialogueCommands.RaiseIssue;
import vn.danvan.dialogue.domain.Dialogue;
import vn.danvan.dialogue.domain.DialoguePolicy;
import vn.danvan.dialogue.domain.Issue;
import vn.danvan.dialogue.domain.MinutesFile;
import vn.danvan.dialogue.persistence.Dialogues;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.FileStore;

/** Records dialogues held with the people, the issues raised in them and the files of their minutes; audited. */
@Service
@Transactional
public class DialogueRecording {

    private static final String MINUTES_AREA = "dialogue-minutes";

    private final Dialogues dialogues;
    private final DialoguePolicy policy;
    private final OrganizationDirectory organization;
    private final PetitionQueries petitions;
    private final AuditTrail audit;
    private final FileStore files;
    private final DialogueFollowing following;

    DialogueRecording(
            Dialogues dialogues,
            DialoguePolicy policy,
            OrganizationDirectory organization,
            PetitionQueries petitions,
            AuditTrail audit,
            FileStore files,
            DialogueFollowing following) {
        this.following = following;
        this.dialogues = dialogues;
        this.policy = policy;
        this.organization = organization;
        this.petitions = petitions;
        this.audit = audit;
        this.files = files;
    }

    public DialogueId hold(HoldDialogue command, LocalDate today, StaffMember staff) {
        Body convener = convener(command.convenerBodyId());
        policy.requireWork(staff, convener.id());
        Dialogue.checkConveners(command);
        if (command.coConvenerBodyId() != null) {
            convener(command.coConvenerBodyId());
        }
        Dialogue.checkHeldBy(command.heldOn(), today);
        if (command.communeCode() != null
                && organization.commune(command.communeCode()).isEmpty()) {
            throw DomainException.invalid("dialogue.commune-unknown", command.communeCode());
        }
        String commune = command.communeCode() != null ? command.communeCode() : convener.communeCode();
        long id = dialogues.add(command, convener.id(), commune, staff.username());
        audit.record(
                "dialogue.held",
                "dialogue",
                id,
                Map.of(
                        "convener",
                        convener.id(),
                        "kind",
                        command.kind().name(),
                        "day",
                        command.heldOn().toString()));
        return new DialogueId(id);
    }

    public IssueId raiseIssue(long dialogueId, RaiseIssue command, StaffMember staff) {
        Dialogue dialogue = known(dialogueId);
        policy.requireWork(staff, dialogue.convenerBodyId());
        if (petitions.fields().stream().noneMatch(f -> f.code().equals(command.fieldCode()))) {
            throw DomainException.invalid("dialogue.field-unknown", command.fieldCode());
        }
        long id = dialogues.addIssue(dialogueId, command);
        audit.record("dialogue.issue-raised", "dialogue", dialogueId, Map.of("issue", id));
        return new IssueId(id);
    }

    /** A file of the minutes (biên bản): PDF, Word or a scan, at most {@link Dialogue#MAX_MINUTES_BYTES}. */
    public MinutesFile attachMinutes(
            long dialogueId, @Nullable String fileName, InputStream content, StaffMember staff) {
        Dialogue dialogue = known(dialogueId);
        policy.requireWork(staff, dialogue.convenerBodyId());
        FileStore.Stored stored =
                files.store(MINUTES_AREA, fileName, content, Dialogue.MAX_MINUTES_BYTES, "dialogue.minutes");
        MinutesFile file = dialogues.addMinutes(dialogueId, stored, staff.username());
        audit.record(
                "dialogue.minutes-attached", "dialogue", dialogueId, Map.of("file", file.id(), "size", stored.size()));
        return file;
    }

    @Transactional(readOnly = true)
    public List<MinutesFile> minutes(long dialogueId) {
        return dialogues.minutes(dialogueId);
    }

    /** The stored file of the minutes, for staff who may see the dialogue. */
    @Transactional(readOnly = true)
    public Path minutesPath(long dialogueId, long fileId, StaffMember staff) {
        dialogue(dialogueId, staff);
        return dialogues
                .minutesKey(dialogueId, fileId)
                .map(key -> files.path(MINUTES_AREA, key))
                .orElseThrow(() -> DomainException.notFound("dialogue.minutes-unknown"));
    }

    @Transactional(readOnly = true)
    public Optional<Dialogue> dialogue(long id) {
        return dialogues.find(id);
    }

    /** The dialogue, for staff of its convener or co-convener, and for the Front that follows them. */
    @Transactional(readOnly = true)
    public Dialogue dialogue(long id, StaffMember staff) {
        Dialogue dialogue = known(id);
        if (!following.follows(staff, dialogue.convenerBodyId())) {
            DialoguePolicy.requireVisible(staff, dialogue);
        }
        return dialogue;
    }

    /** The dialogues convened or co-convened by the bodies in a year, latest first. */
    @Transactional(readOnly = true)
    public List<Dialogue> dialogues(Collection<Long> bodyIds, int year) {
        return dialogues.heldBy(bodyIds, year);
    }

    @Transactional(readOnly = true)
    public Optional<Issue> issue(long id) {
        return dialogues.issue(id);
    }

    @Transactional(readOnly = true)
    public List<Issue> issues(long dialogueId) {
        return dialogues.issues(dialogueId);
    }

    private Dialogue known(long dialogueId) {
        return dialogues.find(dialogueId).orElseThrow(() -> DomainException.notFound("dialogue.unknown"));
    }

    private Body convener(long bodyId) {
        return DialoguePolicy.requireConvener(
                organization.body(bodyId).orElseThrow(() -> DomainException.invalid("dialogue.body-unknown")));
    }
}
