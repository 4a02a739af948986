package vn.danvan.organization.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.shared.DomainException;

class CsvReaderTests {

    @Test
    void plainFieldsAreSplitAtCommas() {
        assertThat(CsvReader.read("code,name\n01,Hà Nội\n"))
                .containsExactly(
                        new CsvReader.Row(1, List.of("code", "name")), new CsvReader.Row(2, List.of("01", "Hà Nội")));
    }

    @Test
    void quotedFieldsMayContainCommasQuotesAndLineBreaks() {
        var rows = CsvReader.read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,row,here");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(rows.get(2).line()).isEqualTo(4);
    }

    @Test
    void emptyFieldsAreKept() {
        assertThat(CsvReader.read("a,,\"\",b").getFirst().fields()).containsExactly("a", "", "", "b");
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkAreAccepted() {
        var rows = CsvReader.read("\uFEFFcode,name\r\n01,Hà Nội\r\n");
        assertThat(rows.getFirst().fields()).containsExactly("code", "name");
        assertThat(rows.get(1).fields()).containsExactly("01", "Hà Nội");
    }

    @Test
    void blankLinesAreSkippedButCountedInLineNumbers() {
        var rows = CsvReader.read("a\n\nb\n\n");
        assertThat(rows).containsExactly(new CsvReader.Row(1, List.of("a")), new CsvReader.Row(3, List.of("b")));
    }

    @Test
    void aLastRowWithoutLineBreakIsRead() {
        assertThat(CsvReader.read("a,b\nc,d")).hasSize(2);
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheLineWhereTheFieldStarts() {
        assertThatThrownBy(() -> CsvReader.read("a,b\nc,\"d\ne")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("organization.import.csv-unterminated-quote");
            assertThat(e.arguments()).containsExactly("2");
        });
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertThatThrownBy(() -> CsvReader.read("a\n\"b\"c")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("organization.import.csv-bad-quote");
            assertThat(e.arguments()).containsExactly("2");
        });
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnError() {
        assertThatThrownBy(() -> CsvReader.read("ab\"c")).isInstanceOf(DomainException.class);
    }
}
