package org.fiqra.link;

import java.util.List;

/**
 * An instrument known by name, from {@code content/instruments.yml}.
 *
 * @param symbol its document symbol (the 2030 Agenda is A/RES/70/1), or null
 * @param url    its official address ({@code /ar/} form for undocs.org), or null
 */
public record Instrument(String id, String symbol, String ar, String en, List<String> aliases, String url) {
    public Instrument {
        aliases = List.copyOf(aliases);
    }

    /** The key the citator files it under: its symbol where it has one, else its id. */
    public String key() {
        return symbol != null ? symbol : id;
    }
}
