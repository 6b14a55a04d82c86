package org.sitrep.event;

import java.util.Optional;

/** The final actor fields of an event: names with their countries filled in, and ACLED inter codes. */
record ActorRoles(String actor1, Optional<String> assocActor1, int inter1, Optional<String> actor2,
                  Optional<Integer> inter2) {
}
