package app.bonusbot.core.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a person and a survey round into the respondent code their answers are stored under: HMAC-SHA256 keyed with a
 * secret that is not in the database. The same person gets the same code in one round (one answer each, changeable)
 * and unrelated codes in different rounds; without the key, a code cannot be traced back to a person.
 */
public final class RespondentKey {

    /** 256 bits, the size of the HMAC-SHA256 block's output; shorter keys weaken it. */
    public static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    // Binds a code to its purpose, so the key could never produce a value that means something elsewhere.
    private static final String CONTEXT = "bonusbot survey respondent v1";
    // A purpose of its own: whom a round was sent to must never match the code their answers are stored under.
    private static final String SEND_CONTEXT = "bonusbot survey send v1";

    private final byte[] key;

    public RespondentKey(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("a survey key needs at least " + MIN_BYTES + " bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    public String respondent(String personId, long runId) {
        return code(CONTEXT + '\0' + runId + '\0' + personId);
    }

    /**
     * The code a step of a round (its delivery, its reminder) is claimed under for a person, so that it is sent to them
     * once across processes: unrelated to their respondent code and to their code for another step or round, so the
     * claims say nothing about who answered, and without the key nothing about who they are.
     */
    public String recipient(String personId, long runId, String step) {
        return code(SEND_CONTEXT + '\0' + runId + '\0' + step + '\0' + personId);
    }

    private String code(String input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] code = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(code);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RespondentKey k && Arrays.equals(key, k.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** Never the key itself: keys end up in logs through toString more often than anyone intends. */
    @Override
    public String toString() {
        return "RespondentKey[" + key.length + " bytes]";
    }
}
