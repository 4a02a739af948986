package vn.danvan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real (embedded, ephemeral) PostgreSQL on a random port. Every
 * integration, page, API and browser test uses this one configuration so Spring caches a single
 * context and a single database per test JVM, with the SMTP and OIDC servers of {@link TestServers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DanvanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestServers.class)
public @interface DanvanIntegrationTest {}
