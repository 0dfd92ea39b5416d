package io.jevons.planning.tuning;

import org.axonframework.common.IdentifierFactory;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Axon's message identifiers (every command, event and result gets one) as random UUIDs from one DRBG SecureRandom
 * per thread. The default, {@link UUID#randomUUID()}, and a plain {@code new SecureRandom()} both read the
 * operating system's generator under one JVM-wide lock, on which request and projection threads queue under load
 * (docs/tuning.md). A DRBG is seeded once and then needs no lock but its own. Registered for Axon in {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class PerThreadIdentifierFactory extends IdentifierFactory {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(PerThreadIdentifierFactory::drbg);

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM since Java 9 has a DRBG", impossible);
        }
    }

    /**
     * Axon finds its identifier factory through the service loader, before Spring starts: so the switch is the JVM
     * option {@code -Djevons.tuning.per-thread-ids=false}, not a Spring setting.
     */
    static final String SWITCH = "jevons.tuning.per-thread-ids";
    private static final boolean ON = !"false".equals(System.getProperty(SWITCH));

    @Override
    public String generateIdentifier() {
        return ON ? perThreadUuid() : UUID.randomUUID().toString();
    }

    private static String perThreadUuid() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(high, low).toString();
    }
}
