package vn.pdv.demo.outbox;

import org.junit.jupiter.api.Test;

/**
 * The schema registry stopped before the first source was ever serialized (so no cached schema id hides the
 * outage), then started again on the same port, replaying its schemas from Kafka so every id stays the same.
 */
class RegistryOutageTest extends LinkOutageScenario {

    @Override
    RestartableStack startStack() {
        return RestartableStack.withSchemasInKafka();
    }

    @Test
    void stepsRecordedWhileTheRegistryIsDownAreDeliveredOnceWhenItReturns() {
        registerTheCommitteeWhileTheLinkIsUp();
        stack.stopRegistry();

        recordStepsWithoutWaitingForTheNetwork();
        theBacklogAndTheFailingLinkShow("Schema registry unreachable");

        stack.startRegistry();
        theAggregatorsFiguresComeOutExact();
    }
}
