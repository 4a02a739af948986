package vn.danvan.insight.web;

import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danvan.insight.HotspotBoard;
import vn.danvan.insight.persistence.HotspotAlerts;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;
import vn.danvan.shared.VietnamTime;

/** The hot spots in a staff member's scope, and for each, why it is hot (the formula with its own figures). */
@Controller
@RenderedPages
class HotspotPages {

    private static final int LISTED = 30;

    private final HotspotBoard board;
    private final HotspotAlerts alerts;

    HotspotPages(HotspotBoard board, HotspotAlerts alerts) {
        this.board = board;
        this.alerts = alerts;
    }

    @GetMapping("/insight/hotspots")
    String list(StaffMember staff, Locale locale, Model model) {
        model.addAttribute("lines", board.top(staff, LISTED));
        model.addAttribute("computedAt", computedAt(board));
        model.addAttribute("settings", board.settings());
        model.addAttribute("board", board);
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        return "insight/hotspots";
    }

    @GetMapping("/insight/hotspots/{commune}/{field}")
    String why(
            @PathVariable String commune, @PathVariable String field, StaffMember staff, Locale locale, Model model) {
        var line = board.line(staff, commune, field)
                .orElseThrow(() -> DomainException.notFound("hotspot.not-found", commune + "/" + field));
        model.addAttribute("line", line);
        model.addAttribute("fieldName", board.fieldName(field, "en".equals(locale.getLanguage())));
        model.addAttribute("settings", board.settings());
        model.addAttribute("alerts", alerts.latest(commune, field, 10));
        model.addAttribute("computedAt", computedAt(board));
        return "insight/hotspots-why";
    }

    /** When the watch last computed the scores, in Vietnam time; null before its first run. */
    static @Nullable LocalDateTime computedAt(HotspotBoard board) {
        return board.computedAt()
                .map(at -> LocalDateTime.ofInstant(at, VietnamTime.ZONE))
                .orElse(null);
    }
}
