package org.apache.camel.mws.benchmarks.micro;

import org.openjdk.jmh.annotations.Fork;

/** {@link ListOrdersParsing} with Woodstox, which the component picks up when it is on the class path. */
@Fork(value = 2, jvmArgsAppend = "-Djavax.xml.stream.XMLInputFactory=" + ListOrdersParsingWoodstox.FACTORY)
public class ListOrdersParsingWoodstox extends ListOrdersParsing {

    static final String FACTORY = "com.ctc.wstx.stax.WstxInputFactory";

    @Override
    protected String expectedFactory() {
        return FACTORY;
    }
}
