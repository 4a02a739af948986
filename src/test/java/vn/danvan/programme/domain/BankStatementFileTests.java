package vn.danvan.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danvan.shared.DomainException;

/**
 * The sample exports of src/test/resources/programme/statements/ read with each bank's column mapping: credit lines
 * kept, debit lines counted, the account's particulars above the header and the totals below skipped; a malformed
 * line refuses the file and is named.
 */
class BankStatementFileTests {

    static byte[] sample(String name) throws IOException {
        try (InputStream in = BankStatementFileTests.class.getResourceAsStream("/programme/statements/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void aVietcombankExportGivesItsCreditLinesAndCountsItsDebitLine() throws IOException {
        BankStatementFile.Read read =
                BankStatementFile.read(BankStatementFormat.VIETCOMBANK, sample("vietcombank.csv"));
        assertThat(read.credits()).hasSize(3);
        assertThat(read.debits()).isEqualTo(1);
        BankStatementFile.Entry first = read.credits().get(0);
        assertThat(first.reference()).isEqualTo("5213.20261005.101010");
        assertThat(first.bookedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(first.amount()).isEqualByComparingTo("5000000");
        assertThat(first.description()).contains("AN PHAT");
        assertThat(first.line()).isEqualTo(6);
    }

    @Test
    void vietinBankBidvAgribankAndTheGenericLayoutAreReadByTheirHeaders() throws IOException {
        var vietin = BankStatementFile.read(BankStatementFormat.VIETINBANK, sample("vietinbank.csv"));
        assertThat(vietin.credits())
                .extracting(BankStatementFile.Entry::reference)
                .containsExactly("FT26278000001", "FT26279000002");
        assertThat(vietin.credits().get(0).amount()).isEqualByComparingTo("1500000");
        assertThat(vietin.credits().get(0).bookedOn()).isEqualTo(LocalDate.of(2026, 10, 5));

        var bidv = BankStatementFile.read(BankStatementFormat.BIDV, sample("bidv.csv"));
        assertThat(bidv.credits()).extracting(e -> e.amount().toPlainString()).containsExactly("1000000", "2000000");

        var agribank = BankStatementFile.read(BankStatementFormat.AGRIBANK, sample("agribank.csv"));
        assertThat(agribank.credits())
                .extracting(BankStatementFile.Entry::reference)
                .containsExactly("AGR-0001", "AGR-0002");
        assertThat(agribank.debits()).isZero();

        var generic = BankStatementFile.read(BankStatementFormat.GENERIC, sample("generic.csv"));
        assertThat(generic.credits().get(0).description()).isEqualTo("Ủng hộ đồng bào lũ lụt");
    }

    @Test
    void aMalformedAmountRefusesTheWholeFileNamingItsLine() {
        assertThatThrownBy(() -> BankStatementFile.read(BankStatementFormat.GENERIC, sample("malformed-amount.csv")))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("campaign.statement-line.amount");
                    assertThat(refused.arguments()).containsExactly(3L);
                });
    }

    @Test
    void theSameLineTwiceIsKeptOnceAndTheSameReferenceWithOtherFiguresIsRefused() throws IOException {
        var read = BankStatementFile.read(BankStatementFormat.GENERIC, sample("duplicated-line.csv"));
        assertThat(read.credits())
                .extracting(BankStatementFile.Entry::reference)
                .containsExactly("G-1", "G-2");
        assertThat(read.duplicates()).isEqualTo(1);

        byte[] conflicting = """
                date,reference,credit,debit,description
                2026-10-05,G-1,1000000,,Ủng hộ
                2026-10-05,G-1,2000000,,Ủng hộ
                """.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BankStatementFile.read(BankStatementFormat.GENERIC, conflicting))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("campaign.statement-line.reference-repeated");
                    assertThat(refused.arguments()).containsExactly(3L);
                });
    }

    @Test
    void badDatesMissingReferencesBothSidesAndTheWrongLayoutAreRefused() {
        assertThat(code("date,reference,credit,debit,description\n31/02/2026,G-1,1000,,x\n"))
                .isEqualTo("campaign.statement-line.date");
        assertThat(code("date,reference,credit,debit,description\n2026-10-05,,1000,,x\n"))
                .isEqualTo("campaign.statement-line.no-reference");
        assertThat(code("date,reference,credit,debit,description\n2026-10-05,G-1,1000,2000,x\n"))
                .isEqualTo("campaign.statement-line.credit-or-debit");
        assertThat(code("date,reference,credit,debit,description\n2026-10-05,G-1,,,x\n"))
                .isEqualTo("campaign.statement-line.credit-or-debit");
        assertThat(code("date,reference,credit,debit,description\n1800-10-05,G-1,1000,,x\n"))
                .isEqualTo("campaign.statement-line.date");
        assertThat(code("a,b,c\n1,2,3\n")).isEqualTo("campaign.statement-no-header");
        assertThatThrownBy(() -> BankStatementFile.read(
                        BankStatementFormat.GENERIC, new byte[] {'d', 'a', 't', 'e', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.statement-not-utf8"));
    }

    static String code(String csv) {
        try {
            BankStatementFile.read(BankStatementFormat.GENERIC, csv.getBytes(StandardCharsets.UTF_8));
        } catch (DomainException refused) {
            return refused.code();
        }
        return "accepted";
    }
}
