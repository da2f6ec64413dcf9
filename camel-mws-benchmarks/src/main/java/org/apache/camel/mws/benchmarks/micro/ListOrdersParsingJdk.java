package org.apache.camel.mws.benchmarks.micro;

import org.openjdk.jmh.annotations.Fork;

/** {@link ListOrdersParsing} with the JDK's built-in StAX (what the component uses when nothing else is present). */
@Fork(value = 2, jvmArgsAppend = "-Djavax.xml.stream.XMLInputFactory=" + ListOrdersParsingJdk.FACTORY)
public class ListOrdersParsingJdk extends ListOrdersParsing {

    static final String FACTORY = "com.sun.xml.internal.stream.XMLInputFactoryImpl";

    @Override
    protected String expectedFactory() {
        return FACTORY;
    }
}
