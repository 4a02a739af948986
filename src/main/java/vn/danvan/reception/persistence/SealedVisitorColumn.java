package vn.danvan.reception.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.petition.SealedColumn;

/** The visitors' sealed identities are re-sealed with the petitions' when the identity key is rotated. */
@Configuration(proxyBeanMethods = false)
class SealedVisitorColumn {

    @Bean
    SealedColumn sealedVisitorIdentity() {
        return new SealedColumn("reception.visit", "id", "visitor_identity");
    }
}
