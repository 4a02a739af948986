package vn.danvan.petition.web;

import static vn.danvan.shared.InputText.blankToNull;

import java.time.LocalDate;
import java.util.List;

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

    public Long bodyId;
    public Channel channel = Channel.IN_PERSON;
    public SourceKind sourceKind;
    public String sourceName;
    public String sourceReference;
    public PetitionType type = PetitionType.COMPLAINT;
    public String fieldCode = "LAND";
    public Instance instance = Instance.FIRST;
    public boolean anonymous;
    public PetitionerKind petitionerKind = PetitionerKind.INDIVIDUAL;
    public Integer petitionerCount = 1;
    public Integer representativeCount = 0;
    public String fullName;
    public String idNumber;
    public String address;
    public String phone;
    public String email;
    public String title;
    public String content;
    public String provinceCode;
    public String communeCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate receivedOn = LocalDate.now(VietnamTime.ZONE);
    public boolean remoteArea;
    public String relatedTrackingCode;
    public Relation relation;

    ReceivePetition toCommand() {
        PetitionerIdentity identity = blank(fullName) && blank(idNumber) && blank(address) && blank(phone) && blank(email)
                ? null : new PetitionerIdentity(blankToNull(fullName), blankToNull(idNumber), blankToNull(address),
                        blankToNull(phone), blankToNull(email), List.of());
        return new ReceivePetition(bodyId, channel, sourceKind, blankToNull(sourceName), blankToNull(sourceReference),
                type,
                fieldCode == null ? "" : fieldCode, instance, anonymous, petitionerKind,
                petitionerCount == null ? 0 : petitionerCount, representativeCount == null ? 0 : representativeCount,
                identity, title == null ? "" : title, content == null ? "" : content, blankToNull(communeCode),
                receivedOn,
                remoteArea, blankToNull(relatedTrackingCode), relation);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
