package org.villageregistry.domain.indicator;

/**
 * Service coverage for a period (DOMAIN.md "Indicators"), for everyone and for the married women 15–49 who are
 * 户籍在村但流出 (services recorded from where they live count): women due a health check who had one,
 * pregnancies with at least one follow-up, deliveries with a postnatal visit within 7 days. Counted by
 * {@link org.villageregistry.domain.health.ServiceCoverageRules}.
 */
public record ServiceCoverage(Share healthChecks, Share followUps, Share postnatalVisits, Share awayHealthChecks,
                              Share awayFollowUps, Share awayPostnatalVisits) {
    public static final ServiceCoverage NONE = new ServiceCoverage(new Share(0, 0), new Share(0, 0), new Share(0, 0),
            new Share(0, 0), new Share(0, 0), new Share(0, 0));
}
