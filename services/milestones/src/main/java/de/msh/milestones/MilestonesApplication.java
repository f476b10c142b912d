package de.msh.milestones;

import de.msh.milestones.schedule.domain.SlippageRules;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class MilestonesApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The office's thresholds for slippage (reference data, in {@code milestones.yml}). */
    @Bean
    SlippageRules slippageRules(
            @Value("${msh.milestones.at-risk-days}") int atRiskDays,
            @Value("${msh.milestones.look-ahead-days}") int lookAheadDays) {
        return new SlippageRules(atRiskDays, lookAheadDays);
    }

    public static void main(String[] args) {
        SpringApplication.run(MilestonesApplication.class, args);
    }
}
