package org.mentoring.host.ao;

import org.mentoring.upgrade.sample.NoteLengthUpgrade;

/** Test-only: the test step as Jira's and Confluence's Active Objects would run it (model version 2). */
public final class SampleUpgradeTask extends SchemaUpgradeTask {
    public static final NoteLengthUpgrade STEP = new NoteLengthUpgrade(2);

    public SampleUpgradeTask() {
        super(STEP);
    }
}
