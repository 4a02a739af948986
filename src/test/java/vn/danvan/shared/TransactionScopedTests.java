package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionScopedTests {

    static final class Gathered implements TransactionSynchronization {}

    @AfterEach
    void endTheTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionThereIsNone() {
        assertThat(TransactionScoped.current(Gathered.class, Gathered::new)).isEmpty();
    }

    @Test
    void aTransactionHasOneOfAKindRegisteredOnFirstUse() {
        TransactionSynchronizationManager.initSynchronization();
        Gathered first =
                TransactionScoped.current(Gathered.class, Gathered::new).orElseThrow();
        assertThat(TransactionScoped.current(Gathered.class, Gathered::new)).containsSame(first);
        assertThat(TransactionSynchronizationManager.getSynchronizations()).containsExactly(first);
    }
}
