package de.msh.platform.outbox.relay;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lease how long a claimed document is left to one relay; longer than a pass takes, short enough that a
 *     crashed instance's work is picked up soon
 * @param sweepInterval how often to look for documents that a hint missed
 * @param batchSize how many documents one pass claims and sends together
 * @param producer Kafka producer settings that override the relay's defaults
 */
@ConfigurationProperties("msh.outbox")
public record OutboxProperties(
        @DefaultValue("15s") Duration lease,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue Map<String, String> producer) {}
