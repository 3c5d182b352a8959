package app.bonusbot.core.plan;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A digest of a plan's settings (one version of it) that stays the same from run to run while the settings do: the
 * fingerprint a closed period keeps of the version it was paid with, so that {@code config check} finds an edit of it.
 * Sets and maps are written in sorted order and amounts without trailing zeros ({@code 0.05} and {@code 0.050} are one
 * rate), because the JDK's sets and maps iterate in an order that changes between runs.
 */
public final class PlanDigest {

    private PlanDigest() {}

    /** SHA-256 of the canonical form, in hex. */
    public static String of(Plan plan) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical(plan).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The settings as one text: records by their components in declaration order. */
    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Record r) {
            StringBuilder s = new StringBuilder(r.getClass().getSimpleName()).append('(');
            RecordComponent[] components = r.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                s.append(i == 0 ? "" : ",").append(components[i].getName()).append('=').append(canonical(read(components[i], r)));
            }
            return s.append(')').toString();
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(PlanDigest::canonical).sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PlanDigest::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Collection<?> other) {
            return other.stream().map(PlanDigest::canonical).sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(canonical(k), canonical(v)));
            return sorted.toString();
        }
        return value.toString();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
