package org.sitrep.store;

/** How much a store holds: documents (of which passed by as not relevant), report events, fused events. */
public record StoreCounts(long documents, long irrelevant, long events, long fusedEvents) {
}
