package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import vn.danvan.TestUnits;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.portal.CitizenSubmissions.Origin;
import vn.danvan.shared.DomainException;

@DanvanIntegrationTest
class SubmissionLimitsIntegrationTests {

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    CitizenSubmissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fortySubmissionsAtOnceFromOneAddressGetExactlyTheTwentyOfItsHour() throws Exception {
        fixtures.setting();
        String ip = "10.40.0." + (int) (Math.random() * 200 + 1);
        List<Callable<String>> sends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            sends.add(() -> outcome(() -> submissions.submit(
                    PortalFixtures.feedback("Cùng lúc " + n, unique("dc" + n)), List.of(), PortalFixtures.portal(ip))));
        }
        assertThat(atOnce(sends))
                .containsOnlyKeys("accepted", "portal.too-many-from-address")
                .containsEntry("accepted", 20L);
        assertThat(refusalsAudited(ip)).as("every refusal leaves its audit row").isEqualTo(20);
    }

    @Test
    void fortySubmissionsAtOnceFromFortyAddressesOfOneIpv6Slash64GetTheTwentyOfOneAddress() throws Exception {
        fixtures.setting();
        String network = "2001:db8:" + Integer.toHexString((int) (Math.random() * 0xfff0) + 1) + ":7:";
        List<Callable<String>> sends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            // Every request from another address of the same /64, spelt as a client or a proxy might.
            String ip = network + Integer.toHexString(n + 1) + ":0:0:" + (n % 2 == 0 ? "1" : "01");
            sends.add(() -> outcome(() -> submissions.submit(
                    PortalFixtures.feedback("Cùng mạng " + n, unique("v6" + n)),
                    List.of(),
                    PortalFixtures.portal(ip))));
        }
        long started = System.nanoTime();
        assertThat(atOnce(sends))
                .containsOnlyKeys("accepted", "portal.too-many-from-address")
                .containsEntry("accepted", 20L);
        // Forty requests on a pool of twenty connections: a refusal's audit row must not wait for a second
        // connection (it used to wait out the pool's 30 s timeout and be lost).
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(25));
        assertThat(refusalsAudited(network + "%"))
                .as("every refusal leaves its audit row")
                .isEqualTo(20);
    }

    private long refusalsAudited(String address) {
        return jdbc.sql("""
                select count(*) from shared.audit_event
                where action = 'portal.rate-limited' and subject_type = 'address' and subject_id like ?
                """).param(address).query(Long.class).single();
    }

    @Test
    void twentySubmissionsAtOnceForOneContactGetExactlyTheFiveOfItsDay() throws Exception {
        fixtures.setting();
        String email = unique("mot-nguoi");
        List<Callable<String>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            sends.add(() -> outcome(() -> submissions.submit(
                    PortalFixtures.feedback("Một người " + n, email),
                    List.of(),
                    PortalFixtures.portal("10.41." + n + ".1"))));
        }
        assertThat(atOnce(sends))
                .containsOnlyKeys("accepted", "portal.too-many-from-contact")
                .containsEntry("accepted", 5L);
    }

    @Test
    void twentyApiSubmissionsAtOnceForOneContactGetExactlyFiveThoughTheyAreWrittenInBatches() throws Exception {
        fixtures.setting();
        String phone = "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String client = "open311:mot-so-" + UUID.randomUUID();
        List<Callable<String>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            sends.add(() -> outcome(() -> submissions.submit(
                    withContact("Qua ứng dụng " + n, phone, null),
                    List.of(),
                    new Origin(
                            client,
                            UUID.randomUUID().toString(),
                            "10.42.0." + n,
                            null,
                            Locale.forLanguageTag("vi"),
                            "2026-01"),
                    false)));
        }
        assertThat(atOnce(sends))
                .containsOnlyKeys("accepted", "portal.too-many-from-contact")
                .containsEntry("accepted", 5L);
    }

    @Test
    void aPhoneThatReachedItsLimitIsRefusedWithANewEmail() {
        fixtures.setting();
        String phone = "0912 " + (100_000 + (int) (Math.random() * 899_999));
        for (int i = 0; i < 5; i++) {
            submissions.submit(
                    withContact("Lần " + i, phone, unique("moi" + i)),
                    List.of(),
                    PortalFixtures.portal("10.43.0." + i));
        }
        String samePhoneOtherSpelling = "+84" + phone.substring(1).replace(" ", ".");
        assertThatThrownBy(() -> submissions.submit(
                        withContact("Lần sáu", samePhoneOtherSpelling, unique("khac")),
                        List.of(),
                        PortalFixtures.portal("10.43.1.1")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("portal.too-many-from-contact");
                    assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                });
    }

    @Test
    void theSpellingsOfOneGmailMailboxCountAsOneContact() {
        fixtures.setting();
        String name = "hoa" + UUID.randomUUID().toString().substring(0, 6);
        String[] spellings = {
            name.charAt(0) + "." + name.substring(1) + "@gmail.com",
            name + "+x@gmail.com",
            name.toUpperCase() + "@GMAIL.COM",
            name + "+phan-anh@googlemail.com",
            name + "@gmail.com"
        };
        for (int i = 0; i < spellings.length; i++) {
            submissions.submit(
                    PortalFixtures.feedback("Hộp thư " + i, spellings[i]),
                    List.of(),
                    PortalFixtures.portal("10.44.0." + i));
        }
        assertThatThrownBy(() -> submissions.submit(
                        PortalFixtures.feedback(
                                "Lần sáu", name.substring(0, 2) + "." + name.substring(2) + "+y@gmail.com"),
                        List.of(),
                        PortalFixtures.portal("10.44.1.1")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("portal.too-many-from-contact"));
    }

    private static CitizenSubmission withContact(String title, String phone, String email) {
        return new CitizenSubmission(
                PetitionType.FEEDBACK,
                "ENVIRONMENT",
                title,
                "Đèn đường ở kiệt 3 Lê Lợi tắt đã hai tuần.",
                TestUnits.THUAN_HOA,
                null,
                null,
                false,
                "Trần Văn An",
                phone,
                email,
                null,
                true);
    }

    private static String outcome(Callable<?> submit) throws Exception {
        try {
            submit.call();
            return "accepted";
        } catch (DomainException refused) {
            return refused.code();
        }
    }

    private static Map<String, Long> atOnce(List<Callable<String>> sends)
            throws InterruptedException, ExecutionException {
        Map<String, Long> outcomes = new TreeMap<>();
        try (var pool = Executors.newFixedThreadPool(sends.size())) {
            for (Future<String> result : pool.invokeAll(sends)) {
                outcomes.merge(result.get(), 1L, Long::sum);
            }
        }
        return outcomes;
    }

    private static String unique(String name) {
        return PortalIntegrationTests.unique(name);
    }
}
