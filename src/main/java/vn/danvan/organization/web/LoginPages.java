package vn.danvan.organization.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.organization.SignInNotice;
import vn.danvan.shared.RenderedPages;

@Controller
@RenderedPages
class LoginPages {

    private final List<SignInNotice> notices;

    LoginPages(List<SignInNotice> notices) {
        this.notices = notices;
    }

    @GetMapping("/login")
    String showLogin(Locale locale, Model model) {
        model.addAttribute(
                "notices",
                notices.stream().flatMap(notice -> notice.text(locale).stream()).toList());
        return "organization/login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/home";
    }
}
