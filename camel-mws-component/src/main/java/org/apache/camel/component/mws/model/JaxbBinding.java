package org.apache.camel.component.mws.model;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;

/**
 * The JAXB context of every model, built once per JVM (it is thread-safe and costly to build), and a small pool of
 * unmarshallers (cheap, but not thread-safe, and reused to keep garbage off the parsing hot path).
 */
final class JaxbBinding {

    private static final int MAX_IDLE = 32;

    private final JAXBContext context;
    private final Queue<Lease> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private JaxbBinding() {
        try {
            context = JAXBContext.newInstance(ResponseModels.allClasses());
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot build the JAXB context of the MWS models: " + e, e);
        }
    }

    static JaxbBinding get() {
        return Holder.INSTANCE;
    }

    Lease borrow() {
        Lease lease = idle.poll();
        if (lease != null) {
            idleCount.decrementAndGet();
            lease.handler.reset();
            return lease;
        }
        try {
            Unmarshaller u = context.createUnmarshaller();
            EventRecorder handler = new EventRecorder();
            u.setEventHandler(handler);
            return new Lease(u, handler);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create a JAXB unmarshaller: " + e, e);
        }
    }

    void release(Lease lease) {
        if (lease != null && idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offer(lease);
        } else if (lease != null) {
            idleCount.decrementAndGet();
        }
    }

    /**
     * An unmarshaller with its own event handler.
     */
    record Lease(Unmarshaller unmarshaller, EventRecorder handler) {
    }

    /**
     * Keeps reading past what the models do not describe (unknown elements, stray text: the tolerance MWS
     * responses need), but stops on a value that could not be converted (a malformed date or number), remembering
     * the event so that the error message can say where and what.
     */
    static final class EventRecorder implements ValidationEventHandler {

        private ValidationEvent failure;

        @Override
        public boolean handleEvent(ValidationEvent event) {
            if (event.getSeverity() == ValidationEvent.WARNING || event.getLinkedException() == null) {
                return true;
            }
            failure = event;
            return false;
        }

        ValidationEvent failure() {
            return failure;
        }

        void reset() {
            failure = null;
        }
    }

    private static final class Holder {
        static final JaxbBinding INSTANCE = new JaxbBinding();
    }
}
