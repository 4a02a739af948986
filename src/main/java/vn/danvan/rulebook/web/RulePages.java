package vn.danvan.rulebook.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.danvan.rulebook.RuleBook;
import vn.danvan.shared.RenderedPages;

/** The administrator's read-only view of the rule book, table by table. */
@Controller
@RenderedPages
@RequestMapping("/admin/rules")
public class RulePages {

    private final RuleBook book;

    public RulePages(RuleBook book) {
        this.book = book;
    }

    @GetMapping
    public String show(Model model) {
        model.addAttribute("tables", book.tables());
        return "rulebook/rules";
    }
}
