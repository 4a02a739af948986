package vn.danvan.demo;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The opposite of {@link DemoDataCondition}: a run without demo data. */
class NoDemoDataCondition extends DemoDataCondition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !super.matches(context, metadata);
    }
}
