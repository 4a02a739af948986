package vn.danvan.petition;

import java.time.LocalDate;

/** The notice of acceptance (thụ lý) of a denunciation was sent to one party (Luật Tố cáo 2018 Đ.29). */
public record AcceptanceNoticeSent(
        long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on, NoticeRecipient recipient)
        implements PetitionHandlingEvent {}
