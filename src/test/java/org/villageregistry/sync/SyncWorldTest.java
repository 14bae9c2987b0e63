package org.villageregistry.sync;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.text.Messages;

/** A test on a fresh {@link SyncWorld} (城关镇, 柳树村, 杨庄村 and a stick) in Chinese, closed after each test. */
public abstract class SyncWorldTest {
    @TempDir
    protected Path temp;
    protected SyncWorld world;

    @BeforeEach
    protected void world() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp);
    }

    @AfterEach
    protected void close() {
        world.close();
    }
}
