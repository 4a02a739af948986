package vn.danvan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, and the module documentation. A test run writes the diagrams to
 * {@code target/modules}, so that it never rewrites tracked files; the committed copies in
 * {@code docs/modules} are refreshed on purpose, when a module's dependencies change:
 * {@code ./mvnw -o test -Dtest=ModularityTests -Ddanvan.module-docs=docs/modules}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DanvanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void moduleDocumentationIsWritten() {
        String folder = System.getProperty("danvan.module-docs", "target/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
