package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.PetitionReference;
import vn.danvan.portal.CaseFeedback.Proof;
import vn.danvan.portal.CitizenSubmissions.Origin;
import vn.danvan.portal.CitizenSubmissions.Receipt;
import vn.danvan.report.PetitionHandlingReports;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnamTime;

/**
 * Rating and reopening need proof of authorship — the signed-in account that sent the case or the receipt
 * secret — and a stranger holding only the tracking code is refused, alone or twenty at once, before and
 * after the case is reopened or transferred.
 */
@DanvanIntegrationTest
class CaseFeedbackIntegrationTests {

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    CitizenSubmissions submissions;

    @Autowired
    CitizenAccountManagement accounts;

    @Autowired
    CaseFeedback feedback;

    @Autowired
    CitizenDesk petitions;

    @Autowired
    PetitionHandlingReports reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStrangerWithTheCodeButWithoutTheSecretCanNeitherRateNorReopen() {
        var setting = fixtures.setting();
        Receipt receipt = answered(setting, "Cống bị tắc");
        assertThat(receipt.secret()).hasSize(ReceiptSecrets.LENGTH).matches("[2-9A-HJKMNP-Z]{10}");

        assertRefused(
                () -> feedback.rate(receipt.trackingCode(), 1, "Tệ", new Proof(null, null)), "portal.secret-required");
        assertRefused(
                () -> feedback.rate(receipt.trackingCode(), 1, "Tệ", Proof.secret("ABCDE-FGHJK")),
                "portal.secret-wrong");
        assertRefused(
                () -> feedback.reopen(receipt.trackingCode(), "Mở lại giùm", new Proof(null, "")),
                "portal.secret-required");
        assertRefused(
                () -> feedback.reopen(receipt.trackingCode(), "Mở lại giùm", Proof.secret("23456-789AB")),
                "portal.secret-wrong");
        long otherCitizen = citizen();
        assertRefused(
                () -> feedback.rate(receipt.trackingCode(), 1, null, Proof.signedIn(otherCitizen)),
                "portal.secret-required");

        assertThat(feedback.rating(receipt.petitionId())).isEmpty();
        assertThat(reopenings(receipt)).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action = 'portal.secret-wrong' and subject_id = ?")
                        .param(String.valueOf(receipt.petitionId()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void twentyStrangersAtOnceAreAllRefusedOnlyFiveTriesAreComparedAndNoneCountsInTheSatisfactionFigures()
            throws Exception {
        var setting = fixtures.setting();
        Receipt receipt = answered(setting, "Đèn đường hỏng");
        List<Callable<Object>> strangers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = UUID.randomUUID().toString().substring(0, 10).toUpperCase(Locale.ROOT);
            strangers.add(
                    i % 2 == 0
                            ? () -> {
                                feedback.rate(receipt.trackingCode(), 1, "Rất tệ", Proof.secret(guess));
                                return "rated";
                            }
                            : () -> feedback.reopen(receipt.trackingCode(), "Mở lại", Proof.secret(guess)));
        }
        List<String> refusals = refusals(strangers);
        assertThat(refusals).hasSize(20).containsOnly("portal.secret-wrong", "portal.secret-locked");
        assertThat(refusals).filteredOn("portal.secret-wrong"::equals).hasSize(ReceiptSecrets.ATTEMPTS_PER_HOUR);

        assertThat(feedback.rating(receipt.petitionId())).isEmpty();
        assertThat(reopenings(receipt)).isZero();
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        assertThat(reports.compile(setting.ward().id(), today.withDayOfMonth(1), today, false, setting.wardOfficer())
                        .satisfaction())
                .as("no rating reaches the Biểu 02 satisfaction figures")
                .isEmpty();

        assertRefused(
                () -> feedback.rate(receipt.trackingCode(), 5, null, PortalIntegrationTests.author(receipt)),
                "portal.secret-locked");
        jdbc.sql(
                        "update portal.receipt_secret set failed_since = failed_since - interval '61 minutes' where petition_id = ?")
                .param(receipt.petitionId())
                .update();
        feedback.rate(receipt.trackingCode(), 5, null, PortalIntegrationTests.author(receipt));
        assertThat(feedback.rating(receipt.petitionId()).orElseThrow().score())
                .as("unlocked after an hour")
                .isEqualTo(5);
    }

    @Test
    void theAuthorWithTheSecretRatesOnceEvenWhenTwentyOfTheirPostsRace() throws Exception {
        var setting = fixtures.setting();
        Receipt receipt = answered(setting, "Cây đổ");
        String typed = ReceiptSecrets.grouped(receipt.secret()).toLowerCase(Locale.ROOT);
        List<Callable<Object>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int score = i % 5 + 1;
            posts.add(() -> {
                feedback.rate(receipt.trackingCode(), score, null, Proof.secret(typed));
                return "rated";
            });
        }
        List<String> refusals = refusals(posts);
        assertThat(refusals).hasSize(19).containsOnly("portal.already-rated");
        assertThat(jdbc.sql("select count(*) from portal.rating where petition_id = ?")
                        .param(receipt.petitionId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theStoredHashCannotBeRecomputedFromTheDatabaseAloneWhileAnOlderSaltedOneStillAnswers() throws Exception {
        var setting = fixtures.setting();
        Receipt receipt = answered(setting, "Ổ gà giữa đường");
        var row = jdbc.sql("select salt, hash, keyed from portal.receipt_secret where petition_id = ?")
                .param(receipt.petitionId())
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getBytes(2), rs.getBoolean(3)})
                .single();
        assertThat((Boolean) row[2]).isTrue();
        assertThat((byte[]) row[1]).isNotEqualTo(saltedHash((byte[]) row[0], receipt.secret()));

        // A secret made before the keyed hash (salt only) still proves authorship.
        jdbc.sql("update portal.receipt_secret set hash = ?, keyed = false where petition_id = ?")
                .param(saltedHash((byte[]) row[0], receipt.secret()))
                .param(receipt.petitionId())
                .update();
        feedback.rate(receipt.trackingCode(), 5, null, Proof.secret(receipt.secret()));
        assertThat(jdbc.sql("select count(*) from portal.rating where petition_id = ?")
                        .param(receipt.petitionId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static byte[] saltedHash(byte[] salt, String secret) throws Exception {
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(salt, "HmacSHA256"));
        return mac.doFinal(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theSignedInAuthorNeedsNoSecretAndACaseWithoutOneAnswersOnlyToItsAuthor() {
        var setting = fixtures.setting();
        long author = citizen();
        Receipt mine = submitSignedIn(author, "Nắp cống hở");
        fixtures.answer(mine, setting.wardOfficer(), "Đã thay nắp.");
        // A case sent before receipt secrets existed has none.
        jdbc.sql("delete from portal.receipt_secret where petition_id = ?")
                .param(mine.petitionId())
                .update();

        assertRefused(
                () -> feedback.rate(mine.trackingCode(), 1, null, Proof.secret(mine.secret())),
                "portal.author-sign-in-required");
        assertRefused(
                () -> feedback.rate(mine.trackingCode(), 1, null, Proof.signedIn(citizen())),
                "portal.author-sign-in-required");
        feedback.rate(mine.trackingCode(), 4, null, Proof.signedIn(author));
        assertThat(feedback.rating(mine.petitionId()).orElseThrow().score()).isEqualTo(4);
        PetitionReference reopened = feedback.reopen(mine.trackingCode(), "Nắp lại hỏng", Proof.signedIn(author));
        assertThat(reopened.trackingCode()).isNotEqualTo(mine.trackingCode());
    }

    @Test
    void theReopenedCaseAnswersToItsAuthorsSecretAndAccountAndToNoStranger() throws Exception {
        var setting = fixtures.setting();
        long author = citizen();
        Receipt first = submitSignedIn(author, "Ngập nước");
        fixtures.answer(first, setting.wardOfficer(), "Đã khơi thông.");

        List<Callable<Object>> reopenings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            reopenings.add(
                    () -> feedback.reopen(first.trackingCode(), "Vẫn ngập", PortalIntegrationTests.author(first)));
        }
        assertThat(refusals(reopenings))
                .as("twenty reopenings by the author make one case")
                .hasSize(19)
                .containsOnly("petition.already-reopened");
        String code =
                jdbc.sql("""
                select tracking_code from petition.petition where related_petition_id = ? and relation = 'REOPENED_FROM'
                """).param(first.petitionId()).query(String.class).single();
        long reopenedId = petitions.track(code).orElseThrow().id();
        var reopened = new Receipt(reopenedId, code, setting.ward().id(), null, null, false, first.secret());
        fixtures.answer(reopened, setting.wardOfficer(), "Đã nạo vét lại.");

        assertRefused(() -> feedback.rate(code, 1, null, new Proof(null, null)), "portal.secret-required");
        assertRefused(() -> feedback.rate(code, 1, null, Proof.secret("ZZZZZ-ZZZZZ")), "portal.secret-wrong");
        assertRefused(() -> feedback.rate(code, 1, null, Proof.signedIn(citizen())), "portal.secret-required");
        feedback.rate(code, 3, null, PortalIntegrationTests.author(first));
        assertThat(feedback.rating(reopenedId).orElseThrow().score()).isEqualTo(3);
        assertThat(feedback.isAuthor(petitions.track(code).orElseThrow(), author))
                .isTrue();
    }

    @Test
    void aTransferredCaseIsRatedByNoStrangerOnEitherSide() {
        var setting = fixtures.setting();
        Receipt receipt =
                fixtures.submit(PortalFixtures.feedback("Đất lấn chiếm", PortalIntegrationTests.unique("dat")));
        fixtures.processing.decide(
                receipt.petitionId(),
                new DecidePetition(
                        Decision.TRANSFER,
                        LocalDate.now(VietnamTime.ZONE),
                        false,
                        null,
                        setting.province().id(),
                        null,
                        null),
                setting.wardOfficer());
        String copyCode =
                jdbc.sql("""
                select tracking_code from petition.petition where related_petition_id = ? and relation = 'TRANSFERRED_FROM'
                """).param(receipt.petitionId()).query(String.class).single();
        var copy = petitions.track(copyCode).orElseThrow();
        var province = fixtures.staff(
                "tinh-" + UUID.randomUUID().toString().substring(0, 8),
                setting.province(),
                java.util.EnumSet.of(
                        vn.danvan.organization.Role.CASE_HANDLER, vn.danvan.organization.Role.HEAD_OF_BODY),
                "tinh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn");
        fixtures.answer(
                new Receipt(copy.id(), copyCode, setting.province().id(), null, null, false, null),
                province,
                "Đã xử lý lấn chiếm.");

        assertRefused(
                () -> feedback.rate(receipt.trackingCode(), 1, null, Proof.secret("ABCDE-FGHJK")),
                "portal.case-not-finished");
        assertRefused(
                () -> feedback.rate(copyCode, 1, null, Proof.secret("ABCDE-FGHJK")), "portal.author-sign-in-required");
        assertRefused(
                () -> feedback.rate(copyCode, 1, null, PortalIntegrationTests.author(receipt)),
                "portal.author-sign-in-required");
        assertRefused(
                () -> feedback.reopen(copyCode, "Mở lại", Proof.signedIn(citizen())), "portal.author-sign-in-required");
        assertThat(feedback.rating(copy.id())).isEmpty();
    }

    @Test
    void aNewTrackingCodeHasSixteenCharactersInFourGroupsAndAnOldShorterCodeStillFindsItsCase() {
        fixtures.setting();
        Receipt receipt = fixtures.submit(PortalFixtures.feedback("Mã cũ", PortalIntegrationTests.unique("ma")));
        assertThat(receipt.trackingCode()).matches("\\d{4}(-[2-9A-HJKMNP-Z]{4}){4}");
        String old = "2025-" + receipt.trackingCode().substring(5, 14);
        jdbc.sql("update petition.petition set tracking_code = ? where id = ?")
                .params(old, receipt.petitionId())
                .update();
        assertThat(petitions.track(old.toLowerCase(Locale.ROOT)))
                .map(CitizenDesk.PublicCase::id)
                .contains(receipt.petitionId());
    }

    private Receipt answered(PortalFixtures.Setting setting, String title) {
        Receipt receipt = fixtures.submit(PortalFixtures.feedback(title, PortalIntegrationTests.unique("tg")));
        fixtures.answer(receipt, setting.wardOfficer(), "Đã xử lý xong.");
        return receipt;
    }

    /** A case sent from the portal by a signed-in citizen. */
    private Receipt submitSignedIn(long citizenId, String title) {
        return submissions.submit(
                PortalFixtures.feedback(title, PortalIntegrationTests.unique("tk")),
                List.of(),
                new Origin(
                        "portal",
                        UUID.randomUUID().toString(),
                        "10.9.0.1",
                        citizenId,
                        Locale.forLanguageTag("vi"),
                        "2026-01"));
    }

    private long citizen() {
        return accounts.register(new CitizenAccountManagement.RegisterCitizen(
                        "Công Dân " + UUID.randomUUID(),
                        PortalIntegrationTests.unique("cd"),
                        null,
                        "mat-khau-cong-dan-dai"))
                .id();
    }

    private int reopenings(Receipt receipt) {
        return jdbc.sql(
                        "select count(*) from petition.petition where related_petition_id = ? and relation = 'REOPENED_FROM'")
                .param(receipt.petitionId())
                .query(Integer.class)
                .single();
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.status()).isIn(HttpStatus.FORBIDDEN, HttpStatus.TOO_MANY_REQUESTS, HttpStatus.CONFLICT);
        });
    }

    /** Runs the calls at once; the codes of those refused (the others succeeded). */
    private static List<String> refusals(List<Callable<Object>> calls) throws InterruptedException {
        List<String> refused = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(calls.size())) {
            for (Future<Object> result : pool.invokeAll(calls)) {
                try {
                    result.get();
                } catch (ExecutionException failed) {
                    if (!(failed.getCause() instanceof DomainException domain)) {
                        throw new AssertionError(failed.getCause());
                    }
                    refused.add(domain.code());
                }
            }
        }
        return refused;
    }
}
