package vn.danvan.petition.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.petition.SealedColumn;

/** The written notices' documents are re-sealed with the identities when the identity key is rotated. */
@Configuration(proxyBeanMethods = false)
class SealedNoticeColumn {

    @Bean
    SealedColumn sealedNoticeDocument() {
        return new SealedColumn("petition.notice", "id", "document_sealed");
    }
}
