package vn.danvan.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.open311.ApiClientManagement;
import vn.danvan.organization.OrganizationAdministration;

/**
 * In a run without demo data, the demo's published credentials open nothing: a demo account that still has the
 * demo password is disabled and the demo Open311 key revoked (a database that once had the demo, then was used
 * for real, keeps its data but not these doors).
 */
@Component
@Conditional(NoDemoDataCondition.class)
class DemoLockdown implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLockdown.class);

    private final OrganizationAdministration administration;
    private final ApiClientManagement apiClients;
    private final TransactionTemplate transactions;

    DemoLockdown(
            OrganizationAdministration administration,
            ApiClientManagement apiClients,
            TransactionTemplate transactions) {
        this.administration = administration;
        this.apiClients = apiClients;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            for (String[] login : DemoData.LOGINS) {
                if (administration.disableIfPasswordIs(login[0], DemoData.PASSWORD)) {
                    log.warn(
                            "Demo account {} had the published demo password: disabled (no demo data in this run)",
                            login[0]);
                }
            }
            apiClients.authenticate(DemoData.OPEN311_KEY).ifPresent(client -> {
                apiClients.revoke(client.id());
                log.warn("The published demo Open311 key was active: revoked (no demo data in this run)");
            });
        });
    }
}
