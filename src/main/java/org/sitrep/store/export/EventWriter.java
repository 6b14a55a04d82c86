package org.sitrep.store.export;

import org.sitrep.store.StoredEvent;

/** Writes a sequence of stored events in one export format: begin, write each, end (flushes). One thread. */
public interface EventWriter {
    void begin();

    void write(StoredEvent event);

    void end();
}
