package vn.danvan.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Demo data loads when {@code danvan.demo.enabled} says so; unset, only with the embedded database. */
class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String enabled = context.getEnvironment().getProperty("danvan.demo.enabled");
        if (StringUtils.hasText(enabled)) {
            return Boolean.parseBoolean(enabled);
        }
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
}
