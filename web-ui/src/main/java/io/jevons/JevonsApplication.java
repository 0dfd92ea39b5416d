package io.jevons;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jevons: event-sourced capacity and cost planning for AI inference compute. */
@SpringBootApplication
public class JevonsApplication {

    public static void main(String[] args) {
        // Axon's update checker would call home; Jevons hosts often have no internet at all.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(JevonsApplication.class, args);
    }
}
