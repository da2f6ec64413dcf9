package org.apache.camel.component.mws.health;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;

/**
 * Installs Camel's health-check registry with the context, routes, consumers and producers checks, as camel-main
 * does with {@code camel.health.producersEnabled=true} and {@code exposureLevel=full}, and finds results by the start of their id.
 */
public final class HealthChecks {

    private HealthChecks() {
    }

    public static void install(CamelContext context) {
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.setExposureLevel("full"); // the default level leaves out the checks that are UP
        for (String id : new String[] { "context", "routes", "consumers", "producers" }) {
            Object check = registry.resolveById(id);
            if (check instanceof HealthCheckRepository repository) {
                repository.setEnabled(true);
            }
            registry.register(check);
        }
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
    }

    public static List<HealthCheck.Result> readiness(CamelContext context, String idPrefix) {
        return select(HealthCheckHelper.invokeReadiness(context), idPrefix);
    }

    public static List<HealthCheck.Result> liveness(CamelContext context, String idPrefix) {
        return select(HealthCheckHelper.invokeLiveness(context), idPrefix);
    }

    public static HealthCheck.Result onlyReadiness(CamelContext context, String idPrefix) {
        List<HealthCheck.Result> results = readiness(context, idPrefix);
        if (results.size() != 1) {
            throw new AssertionError("expected one " + idPrefix + " check, got " + results.stream()
                    .map(r -> r.getCheck().getId()).collect(Collectors.toList()));
        }
        return results.get(0);
    }

    private static List<HealthCheck.Result> select(Collection<HealthCheck.Result> results, String idPrefix) {
        return results.stream().filter(r -> r.getCheck().getId().startsWith(idPrefix)).collect(Collectors.toList());
    }
}
