package org.diplotrack.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words for a failure: its own message, then each cause that says something new, so that the
 * reason reaches the user and not only "Exception in Application start method".
 */
public final class Failures {
    private Failures() {
    }

    /**
     * The messages along the cause chain that say something new, joined by ": " ("cannot load
     * the layout main.fxml: NoSuchControl is not a valid type"); the class name when none has one.
     */
    public static String message(Throwable e) {
        List<String> said = new ArrayList<>();
        for (Throwable t : causes(e)) {
            String text = text(t);
            // A wrapper made from its cause has the cause's toString() as its message.
            if (text != null && (t.getCause() == null || !text.equals(t.getCause().toString()))
                    && said.stream().noneMatch(s -> s.contains(text.strip()))) {
                said.add(text.strip());
            }
        }
        return said.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", said);
    }

    /** The first failure of {@code type} along the cause chain (a task wraps what it threw). */
    public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        return causes(e).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Every distinct message along the cause chain, outermost first. */
    public static List<String> chain(Throwable e) {
        List<String> lines = new ArrayList<>();
        for (Throwable t : causes(e)) {
            String line = t.getClass().getName() + (text(t) == null ? "" : ": " + text(t));
            // Wrappers often repeat their cause's message ("java.io.IOException: x" as message).
            if (lines.stream().noneMatch(l -> l.endsWith(line) || line.endsWith(l))) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The chain as lines: the first as it is, each cause after "caused by: ". */
    public static String describe(Throwable e) {
        List<String> lines = chain(e);
        StringBuilder out = new StringBuilder(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            out.append(System.lineSeparator()).append("  caused by: ").append(line);
        }
        return out.toString();
    }

    /** The failure and its causes, outermost first, each once (a chain may loop). */
    private static List<Throwable> causes(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String text(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? null : m;
    }
}
