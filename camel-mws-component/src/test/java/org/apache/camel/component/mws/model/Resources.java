package org.apache.camel.component.mws.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the response documents under src/test/resources/org/apache/camel/component/mws/model.
 */
public final class Resources {

    private Resources() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = stream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream stream(String path) {
        InputStream in = Resources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + path);
        }
        return in;
    }
}
