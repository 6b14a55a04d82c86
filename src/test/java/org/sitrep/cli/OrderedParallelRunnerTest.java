package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelRunnerTest {
    @Test
    void resultsComeOutInInputOrderWhateverTheirDuration() {
        List<Integer> input = IntStream.range(0, 40).boxed().toList();
        List<Integer> output = new ArrayList<>();
        new OrderedParallelRunner(4).run(input.iterator(), i -> {
            try {
                Thread.sleep((40 - i) % 7);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i * 2;
        }, output::add);
        assertEquals(input.stream().map(i -> i * 2).toList(), output);
    }
}
