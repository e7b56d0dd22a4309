package org.pedigree.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of test classes that share one real server over the demo lineage: started before the
 * class's tests, on a free port over a TDB2 store in a temporary directory, and stopped after.
 */
public abstract class DemoServerTest {
    @TempDir
    protected static Path dir;
    protected static RunningServer running;

    @BeforeAll
    static void startDemoServer() {
        running = RunningServer.withDemo(dir.resolve("data"));
    }

    @AfterAll
    static void stopDemoServer() {
        running.close();
    }
}
