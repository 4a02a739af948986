package vn.danvan.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One object of a kind per transaction, kept among the transaction's synchronizations and forgotten with it:
 * what a transaction gathers for its commit (audit rows) or remembers for later steps of itself.
 */
public final class TransactionScoped {

    private TransactionScoped() {}

    /** The current transaction's object of this type, made and registered on first use; none outside one. */
    public static <T extends TransactionSynchronization> Optional<T> current(Class<T> type, Supplier<T> created) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        return Optional.of(TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseGet(() -> {
                    T made = created.get();
                    TransactionSynchronizationManager.registerSynchronization(made);
                    return made;
                }));
    }
}
