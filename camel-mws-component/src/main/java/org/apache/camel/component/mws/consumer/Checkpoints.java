package org.apache.camel.component.mws.consumer;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.camel.spi.StateRepository;

/**
 * The consumers' checkpoints in a Camel {@link StateRepository}: one entry per polled listing and seller, keyed
 * {@code mws:<Section>/<Action>/<SellerId>} (plus {@code /<MarketplaceIds>} when the endpoint names marketplaces),
 * its value the ISO 8601 instant the next window starts at.
 */
final class Checkpoints {

    private final StateRepository<String, String> repository;

    Checkpoints(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    static String key(String section, String action, String sellerId, String marketplaceIds) {
        return "mws:" + section + "/" + action + "/" + sellerId
               + (marketplaceIds == null || marketplaceIds.isEmpty() ? "" : "/" + marketplaceIds);
    }

    /**
     * @return the stored checkpoint, or null when there is none
     * @throws IllegalStateException when the stored value is not an instant (naming the key and value)
     */
    Instant load(String key) {
        String value = repository.getState(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("The checkpoint '" + key + "' in " + repository + " is not an ISO 8601"
                                            + " instant: '" + value + "'; fix or remove it",
                    e);
        }
    }

    void save(String key, Instant checkpoint) {
        repository.setState(key, checkpoint.toString());
    }

    StateRepository<String, String> repository() {
        return repository;
    }
}
