package vn.danvan.petition.web;

import static vn.danvan.shared.InputText.blankToNull;
import static vn.danvan.shared.InputText.isBlank;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.petition.Channel;
import vn.danvan.petition.Instance;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.petition.Relation;
import vn.danvan.petition.SourceKind;
import vn.danvan.shared.VietnamTime;

/** The intake form as the page binds it (public fields, direct field access); becomes a {@link ReceivePetition}. */
class IntakeForm {

    // Chosen on the form: left null by the binder when none is, which the command's @NotNull then refuses.
    @SuppressWarnings("NullAway.Init")
    public Long bodyId;

    public Channel channel = Channel.IN_PERSON;
    public @Nullable SourceKind sourceKind;
    public @Nullable String sourceName;
    public @Nullable String sourceReference;
    public PetitionType type = PetitionType.COMPLAINT;
    public String fieldCode = "LAND";
    public Instance instance = Instance.FIRST;
    public boolean anonymous;
    public PetitionerKind petitionerKind = PetitionerKind.INDIVIDUAL;
    public Integer petitionerCount = 1;
    public Integer representativeCount = 0;
    public @Nullable String fullName;
    public @Nullable String idNumber;
    public @Nullable String address;
    public @Nullable String phone;
    public @Nullable String email;
    public @Nullable String title;
    public @Nullable String content;
    public @Nullable String provinceCode;
    public @Nullable String communeCode;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate receivedOn = LocalDate.now(VietnamTime.ZONE);

    public boolean remoteArea;
    /** A denunciation whose verification needs several places or delegation (Luật Tố cáo 2018 Đ.24(1)). */
    public @Nullable String severalPlacesReason;

    public @Nullable String relatedTrackingCode;
    public @Nullable Relation relation;

    ReceivePetition toCommand() {
        PetitionerIdentity identity =
                isBlank(fullName) && isBlank(idNumber) && isBlank(address) && isBlank(phone) && isBlank(email)
                        ? null
                        : new PetitionerIdentity(
                                blankToNull(fullName),
                                blankToNull(idNumber),
                                blankToNull(address),
                                blankToNull(phone),
                                blankToNull(email),
                                List.of());
        return new ReceivePetition(
                bodyId,
                channel,
                sourceKind,
                blankToNull(sourceName),
                blankToNull(sourceReference),
                type,
                fieldCode == null ? "" : fieldCode,
                instance,
                anonymous,
                petitionerKind,
                petitionerCount == null ? 0 : petitionerCount,
                representativeCount == null ? 0 : representativeCount,
                identity,
                title == null ? "" : title,
                content == null ? "" : content,
                blankToNull(communeCode),
                receivedOn,
                remoteArea,
                blankToNull(relatedTrackingCode),
                relation);
    }
}
