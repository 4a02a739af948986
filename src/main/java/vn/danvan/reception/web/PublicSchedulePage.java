package vn.danvan.reception.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.shared.RenderedPages;

/** The published reception schedule, for citizens, without login (Luật Tiếp công dân: lịch tiếp được công khai). */
@Controller
@RenderedPages
class PublicSchedulePage {

    private final ReceptionSchedule schedule;
    private final OrganizationDirectory organization;
    private final Clock clock;

    PublicSchedulePage(ReceptionSchedule schedule, OrganizationDirectory organization, Clock clock) {
        this.schedule = schedule;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/portal/reception")
    String schedule(Model model) {
        model.addAttribute("sessions", schedule.publishedFrom(LocalDate.now(clock), 200));
        model.addAttribute("bodyNames", organization.bodyNames());
        return "reception/public-schedule";
    }
}
