package org.apache.camel.component.mws.monitor;

/**
 * A consumer that keeps a {@link PollMonitor}: the dev console and the checkpoint lag gauge read it.
 */
public interface PollMonitored {

    /**
     * @return the consumer's monitor
     */
    PollMonitor getPollMonitor();
}
