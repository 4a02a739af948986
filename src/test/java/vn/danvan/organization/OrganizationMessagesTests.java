package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OrganizationMessagesTests {

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(
                OrganizationMessagesTests.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishMessagesHaveTheSameKeys() throws IOException {
        assertThat(load("organization_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("organization.properties").stringPropertyNames());
    }

    @Test
    void everyRoleBodyKindAndLevelHasANameInBothLanguages() throws IOException {
        for (String file : new String[] {"organization.properties", "organization_en.properties"}) {
            var messages = load(file);
            for (Role role : Role.values()) {
                assertThat(messages).containsKey("organization.role." + role);
            }
            for (BodyKind kind : BodyKind.values()) {
                assertThat(messages).containsKey("organization.body-kind." + kind);
            }
            for (UnitLevel level : UnitLevel.values()) {
                assertThat(messages).containsKey("organization.level." + level);
            }
        }
    }
}
