package vn.danvan;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** axe-core (the engine of Deque's and Google's audits) run in the page, for the WCAG 2.1 A and AA rules. */
public final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {}

    /** The violations on the page as "rule: selectors", empty when it passes. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        Object result = page.evaluate("""
                async () => (await axe.run(document, { runOnly: { type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                  .violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))
                """);
        return (List<String>) result;
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
