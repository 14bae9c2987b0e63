package org.villageregistry.service.task;

/** The long-running part of a {@link BackgroundTask}: runs off the UI thread and may report progress. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
