package org.apache.camel.component.mws.signing;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.component.mws.support.SharedSpecs;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case of the shared Signature Version 2 vectors (computed by three independent implementations).
 */
class SignatureV2VectorsTest {

    static Stream<Arguments> vectors() throws Exception {
        JsonArray cases = (JsonArray) Jsoner.deserialize(Files.readString(SharedSpecs.file("sigv2-vectors.json")));
        List<Arguments> out = new ArrayList<>();
        for (Object o : cases) {
            JsonObject c = (JsonObject) o;
            out.add(Arguments.of(c.getString("name"), c));
        }
        return out.stream();
    }

    @Test
    void theVectorFileHasCases() throws Exception {
        assertTrue(vectors().count() >= 10, "expected the shared vectors to hold at least 10 cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void stringToSignAndSignatureMatch(String name, JsonObject c) {
        Map<String, String> params = new LinkedHashMap<>();
        ((JsonObject) c.get("params")).forEach((k, v) -> params.put(k, String.valueOf(v)));
        String query = SignatureV2.canonicalQuery(params);
        String toSign = SignatureV2.stringToSign(c.getString("method"), c.getString("host"), c.getString("path"), query);
        assertEquals(c.getString("stringToSign"), toSign, name + ": string to sign");

        SignatureMethod method = SignatureMethod.valueOf(c.getString("algorithm"));
        assertEquals(c.getString("signature"), SignatureV2.sign(toSign, c.getString("secret"), method),
                name + ": signature");

        // the reusable signer gives the same answer
        SignedQuery signed = new RequestSigner(c.getString("secret"), method)
                .sign(c.getString("method"), c.getString("host"), c.getString("path"), params);
        assertEquals(query, signed.canonicalQuery());
        assertEquals(c.getString("signature"), signed.signature());
        assertEquals(query + "&Signature=" + Rfc3986.encode(c.getString("signature")), signed.encoded());
    }
}
