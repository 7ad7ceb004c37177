package vn.pdv.demo.outbox;

import org.junit.jupiter.api.Test;

/** The broker stopped for a while, then started again on the same port and data directory. */
class BrokerOutageTest extends LinkOutageScenario {

    @Override
    RestartableStack startStack() {
        return RestartableStack.withSchemasInMemory();
    }

    @Test
    void stepsRecordedWhileTheBrokerIsDownAreDeliveredOnceWhenItReturns() {
        registerTheCommitteeWhileTheLinkIsUp();
        stack.stopKafka();

        recordStepsWithoutWaitingForTheNetwork();
        theBacklogAndTheFailingLinkShow("TimeoutException");

        stack.startKafka();
        theAggregatorsFiguresComeOutExact();
    }
}
