package org.apache.camel.component.mws.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the protocol reference files ({@code shared/mws/...}) that sit beside the project root, from the test's
 * working directory (the module directory under Maven).
 */
public final class SharedSpecs {

    private SharedSpecs() {
    }

    /**
     * @param  name a file of {@code shared/mws}, e.g. {@code sigv2-vectors.json}
     * @return      its path
     */
    public static Path file(String name) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("../shared/mws").resolve(name).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("Cannot find ../shared/mws/" + name + " above " + dir
                                 + ": the protocol reference must sit beside the project root");
    }
}
