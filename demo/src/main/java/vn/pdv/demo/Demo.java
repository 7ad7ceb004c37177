package vn.pdv.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.KafkaPrincipals;
import vn.pdv.stack.LocalKafka;
import vn.pdv.stack.LocalStack;
import vn.pdv.stack.MongoUris;
import vn.pdv.stack.PortInUseException;
import vn.pdv.stack.ServiceWiring;
import vn.pdv.stack.Tokens;
import vn.pdv.unit.UnitServiceApplication;

/**
 * Starts Kafka, the schema registry, MongoDB (unless a real one is configured) and Keycloak with the
 * demo realm, the province aggregator and one unit service per committee of the {@link Scenario}
 * (told the realm's issuer), prints where each listens and where to log in, then moves the scenario's
 * numbers until Ctrl-C, which stops everything it started. The aggregator runs on the simulation's
 * {@link SimulatedClock}, so that its alerts and pages follow the simulated year.
 */
public final class Demo {

    private final DemoSettings settings;
    private final InProcessServices services = new InProcessServices();
    private LocalStack stack;
    private Simulation simulation;

    private Demo(DemoSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws InterruptedException {
        Demo demo = new Demo(DemoSettings.fromEnvironment());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.stop();
            stopped.countDown();
        }, "pdv-demo-stop"));
        try {
            demo.start();
        } catch (PortInUseException taken) {
            System.err.println(taken.getMessage());
            System.exit(2);
        } catch (RuntimeException failed) {
            System.err.println("PDV failed to start: " + failed.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private void start() {
        Scenario scenario = Scenario.fromPlan();
        checkServicePortsAreFree(scenario);
        LocalStack.Builder builder = LocalStack.builder().dataDir(settings.dataDir())
                .kafkaPort(settings.kafkaPort()).schemaRegistryPort(settings.schemaRegistryPort())
                .withKeycloak(settings.keycloakPort());
        if (settings.mongoUri().isPresent()) {
            builder.withoutMongo();
        } else {
            builder.mongoPort(settings.mongoPort());
        }
        stack = builder.start();
        print("Kafka", stack.kafkaBootstrapServers() + " (anonymous, for tools); the services: SASL "
                + stack.kafka().saslBootstrapServers() + ", each as its own principal");
        print("Schema registry", stack.schemaRegistryUrl());
        print("MongoDB", settings.mongoUri().map(uri -> "(configured) " + uri)
                .orElse("mongodb://127.0.0.1:" + settings.mongoPort() + " (embedded, " + settings.dataDir() + "/mongo)"));
        print("Keycloak (OIDC issuer)", stack.keycloakIssuer());
        ProvinceDataSet province = settings.dataSet().map(name -> ProvinceDataSet.named(name, settings.dataDir()))
                .orElse(null);
        if (province != null) {
            province.writeOnto(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
        }

        String aggregatorUrl = "http://127.0.0.1:" + settings.aggregatorPort();
        Tokens tokens = new Tokens(stack.keycloakIssuer());
        simulation = new Simulation(scenario, aggregatorUrl, tokens, settings);
        // The aggregator judges and opens its pages on the simulated day (its Clock bean is only a default), so that
        // the watcher raises alerts as the simulated year moves. Webhooks of the demo go to receivers on this
        // machine, over plain http: allowed here, never by default.
        SimulatedClock clock = simulation.clock();
        // Each service speaks to Kafka as its own principal on the SASL listener, under the ACLs a province grants
        // (KafkaPrincipals, helm/README.md); the topics are declared here, as a province's KafkaTopics are.
        KafkaPrincipals.declareTopics(stack.kafkaBootstrapServers(), LocalKafka.DEFAULT_PARTITIONS,
                scenario.committees().stream().map(Scenario.CommitteeService::code).toList());
        String aggregatorPassword = KafkaPrincipals.newPassword();
        KafkaPrincipals.grantAggregator(stack.kafkaBootstrapServers(), aggregatorPassword);
        run(AggregatorApplication.builder().initializers(context -> context.getBeanFactory()
                        .registerSingleton("clock", clock)), settings.aggregatorPort(), "pdv-aggregator",
                KafkaPrincipals.AGGREGATOR, aggregatorPassword,
                "pdv.alerts.webhook.allowed-hosts=127.0.0.1,localhost", "pdv.alerts.webhook.allow-private-addresses=true");
        print("Province dashboard", aggregatorUrl + "/  (opens on the simulated day; alerts and plan warnings on "
                + aggregatorUrl + "/units/" + scenario.bloc().code() + ")");
        print("Province aggregator", aggregatorUrl + "/api/progress/" + scenario.bloc().code() + "/2024");

        List<Scenario.CommitteeService> committees = scenario.committees();
        for (int i = 0; i < committees.size(); i++) {
            Scenario.CommitteeService committee = committees.get(i);
            int port = settings.firstUnitPort() + i;
            String password = KafkaPrincipals.newPassword();
            KafkaPrincipals.grantCommittee(stack.kafkaBootstrapServers(), committee.code(), password);
            run(UnitServiceApplication.builder(), port, "pdv-unit-" + committee.code().toLowerCase(),
                    KafkaPrincipals.committee(committee.code()), password, "pdv.committee.code=" + committee.code());
            committee.bind("http://127.0.0.1:" + port);
            print("Unit service " + committee.code(), committee.url() + "/api/units  (" + committee.name() + ")");
        }

        simulation.seed();
        simulation.start();
        print("Log in (password pdv-demo)", aggregatorUrl + "/ or a unit service's / (Keycloak realm "
                + stack.keycloakIssuer() + ")");
        print("Accounts", "province.admin, duk.viewer, duk.secretary, duk26.secretary, duk26.clerk, duk01.clerk, "
                + "duk01.secretary (README.md)");
        print("A token for curl", "curl -s -d grant_type=password -d client_id=" + Tokens.CLI_CLIENT
                + " -d username=province.admin -d password=" + Tokens.DEMO_PASSWORD + " " + stack.keycloak().tokenUrl());
        if (province != null) {
            province.whenApplied(aggregatorUrl, () -> tokens.accessToken("province.admin"));
        }
        System.out.println("PDV ready — numbers move every " + settings.tick().toMillis() + " ms; Ctrl-C stops everything.");
    }

    private void checkServicePortsAreFree(Scenario scenario) {
        FreePorts.requireFree(settings.aggregatorPort(), "province-aggregator");
        for (int i = 0; i < scenario.committees().size(); i++) {
            FreePorts.requireFree(settings.firstUnitPort() + i, "unit-service " + scenario.committees().get(i).code());
        }
    }

    /** Starts a service on {@code port} with its database, speaking to Kafka as {@code kafkaUser}. */
    private void run(SpringApplicationBuilder application, int port, String database, String kafkaUser,
                     String kafkaPassword, String... extra) {
        List<String> properties = new ArrayList<>(KafkaPrincipals.asPrincipal(ServiceWiring.properties(
                        stack.kafkaBootstrapServers(), stack.schemaRegistryUrl(), mongoUri(database)),
                stack.kafka().saslBootstrapServers(), kafkaUser, kafkaPassword));
        properties.add(ServiceWiring.oidcIssuer(stack.keycloakIssuer()));
        properties.add("server.port=" + port);
        properties.addAll(List.of(extra));
        services.start(application, properties);
    }

    private String mongoUri(String database) {
        return settings.mongoUri()
                .map(uri -> MongoUris.withDatabase(uri, database))
                .orElseGet(() -> stack.mongoConnectionString(database));
    }

    private synchronized void stop() {
        if (stack == null) {
            return;
        }
        if (simulation != null) {
            simulation.stop();
        }
        services.close();
        stack.close();
        stack = null;
        System.out.println("PDV stopped.");
    }

    private static void print(String service, String address) {
        System.out.printf("%-28s %s%n", service, address);
    }
}
