package org.apache.camel.mws.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an {@link MwsSimulator} for a test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static MwsSimulatorExtension sim = MwsSimulatorExtension.builder().sellers(2).timeScale(600).build();
 *
 * &#64;Test
 * void lists(MwsSimulator simulator) { ... simulator.httpsBaseUrl() ... }
 * </pre>
 *
 * Registered on a static field it starts once before the class's tests and stops after them; on an instance
 * field it runs around each test. Test methods and constructors may declare an {@link MwsSimulator} parameter.
 */
public final class MwsSimulatorExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private final MwsSimulator simulator;
    private boolean startedForClass;
    private boolean startedForTest;

    private MwsSimulatorExtension(MwsSimulator simulator) {
        this.simulator = simulator;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The simulator (started while the tests run). */
    public MwsSimulator simulator() {
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!simulator.isRunning()) {
            simulator.start();
            startedForClass = true;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!simulator.isRunning()) {
            simulator.start();
            startedForTest = true;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (startedForTest) {
            simulator.stop();
            startedForTest = false;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (startedForClass) {
            simulator.stop();
            startedForClass = false;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == MwsSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (!simulator.isRunning()) {
            simulator.start();
            startedForClass = true;
        }
        return simulator;
    }

    /** Builds the extension with the same settings as {@link MwsSimulator.Builder}. */
    public static final class Builder extends MwsSimulator.Options<Builder> {

        Builder() {
        }

        public MwsSimulatorExtension build() {
            return new MwsSimulatorExtension(createSimulator());
        }
    }
}
