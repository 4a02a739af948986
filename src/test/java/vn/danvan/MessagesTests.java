package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Vietnamese message has its English twin and the other way round (petclinic's I18nPropertiesSyncTest idea). */
class MessagesTests {

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            return files
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.endsWith("_en.properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void vietnameseAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
        Properties vietnamese = load("src/main/resources/i18n/" + bundle + ".properties");
        Properties english = load("src/main/resources/i18n/" + bundle + "_en.properties");
        assertThat(english.stringPropertyNames())
                .as(bundle)
                .containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
    }

    /**
     * Bundles are merged by union across branches, so a key written twice would silently lose one of its texts (the
     * later wins): a form label and an error message once shared a key that way.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsWrittenTwiceInABundle(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
            List<String> keys =
                    Files.readAllLines(Path.of("src/main/resources/i18n/" + file), StandardCharsets.UTF_8).stream()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                            .filter(line -> line.contains("="))
                            .map(line -> line.substring(0, line.indexOf('=')).strip())
                            .toList();
            Set<String> seen = new HashSet<>();
            assertThat(keys.stream().filter(key -> !seen.add(key)).toList())
                    .as(file)
                    .isEmpty();
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Path.of(path)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
