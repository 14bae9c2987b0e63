package org.villageregistry.service.bench;

/**
 * The goals of the storage and speed issue, each with its limit; {@code vreg bench} prints every one beside what it
 * measured. A goal whose figure the run did not measure (a part or scale not asked for) says so.
 */
public enum Goal {
    SIZE_VILLAGE("size: village register, 2,000 persons (closed after the load)", 4, "MB"),
    SIZE_TOWNSHIP("size: township-sized register, 60,000 persons (closed after the load)", 120, "MB"),
    SIZE_TOWNSHIP_IMPORTED("size: township register after importing 40 × 1,500 persons (closed)", 120, "MB"),
    SIZE_COUNTY("size: register of 300,000 persons (closed after the load)", 600, "MB"),
    BACKUPS("automatic backups kept after a year of daily exits (BackupSchedule), × the township register", 3, "×"),
    IMPORT("township import of 40 snapshots / 60,000 persons", 5_000, "ms"),
    IMPORT_RATIO("township import ÷ its floor (bare JDBC batch, 1 commit/village)", 0.5, "×"),
    IMPORT_CPU("CPU time of the importing thread", Double.NaN, "ms"),
    MEMORY_IMPORT("resident memory of `vreg import` of the township's 40 snapshots (peak)", 300, "MB"),
    SIGN_IN_VILLAGE("sign-in → home screen filled, village register of 2,000", 1_000, "ms"),
    SIGN_IN_TOWNSHIP("sign-in → home screen filled, township register of 40 × 1,500", 2_000, "ms"),
    CLI_FIND("`vreg find` on the village register, process start to exit (wall)", 1_500, "ms"),
    SEARCH_COUNTY("search p95 at 300,000 persons", 20, "ms"),
    STATISTICS_COUNTY("a month's statistics at 300,000 persons", 500, "ms");

    private final String title;
    private final double limit;
    private final String unit;

    Goal(String title, double limit, String unit) {
        this.title = title;
        this.limit = limit;
        this.unit = unit;
    }

    public String title() {
        return title;
    }

    /** The most a figure may be; NaN for a figure printed without a goal of its own. */
    public double limit() {
        return limit;
    }

    public String unit() {
        return unit;
    }
}
