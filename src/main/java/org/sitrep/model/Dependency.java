package org.sitrep.model;

/**
 * A Universal Dependencies edge between two tokens of one sentence, by token index; governor -1 is the root.
 */
public record Dependency(String relation, int governor, int dependent) {
}
