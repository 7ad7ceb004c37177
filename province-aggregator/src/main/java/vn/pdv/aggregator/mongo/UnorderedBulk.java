package vn.pdv.aggregator.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;

/**
 * Runs an unordered bulk in which a write may fail on a duplicate key by design (an insert under an id fixed by what
 * it records, a compare-and-set another writer beat): those failures are answers, any other is an error. Spring
 * reports them either as a {@link BulkOperationException} or, when every failure is a duplicate key, as a
 * {@link DuplicateKeyException} around the driver's {@link MongoBulkWriteException}; both are read here.
 */
public final class UnorderedBulk {

    private static final int DUPLICATE_KEY = 11000;

    private UnorderedBulk() {
    }

    /**
     * @param result     what was written; count inserts as the bulk's inserts less {@code duplicates}: mongo-java-server
     *                   counts a failed insert as inserted
     * @param duplicates the writes that failed on a duplicate key, by their index in the bulk
     */
    public record Outcome(BulkWriteResult result, List<BulkWriteError> duplicates) {
    }

    /** @throws IllegalStateException if a write failed for another reason than a duplicate key */
    public static Outcome execute(BulkOperations bulk) {
        BulkWriteResult result;
        List<BulkWriteError> errors;
        try {
            return new Outcome(bulk.execute(), List.of());
        } catch (BulkOperationException failed) {
            result = failed.getResult();
            errors = failed.getErrors();
        } catch (DuplicateKeyException failed) {
            if (!(failed.getCause() instanceof MongoBulkWriteException bulkFailure)) {
                throw failed;
            }
            result = bulkFailure.getWriteResult();
            errors = bulkFailure.getWriteErrors();
        }
        for (BulkWriteError error : errors) {
            if (error.getCode() != DUPLICATE_KEY) {
                throw new IllegalStateException("Bulk write failed: " + error.getMessage());
            }
        }
        return new Outcome(result, errors);
    }
}
