package org.villageregistry.domain.archfixture;

import org.villageregistry.service.task.SameThreadTaskExecutor;

/** Breaks the layers on purpose: the domain reaching up into the services. */
public class DomainCallingService {
    public Object executor() {
        return new SameThreadTaskExecutor();
    }
}
