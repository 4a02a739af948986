package vn.danvan.rulebook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.rulebook.RuleBook;

/** The rule book over REST, for staff and client systems: every table with its rows. */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules", description = "Sổ quy định pháp luật: thời hạn, tần suất, căn cứ")
public class RulesApi {

    private final RuleBook book;

    public RulesApi(RuleBook book) {
        this.book = book;
    }

    @Operation(summary = "Every rule table with its rows: value, day type, effective dates, legal source")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RuleBook.Table> rules(
            @Parameter(description = "Only the rows in force on this day, ISO date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate on) {
        return on == null ? book.tables() : book.tablesOn(on);
    }
}
